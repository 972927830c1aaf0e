pit_tick:
pushl %eax
cld
incl ticks
movb $32, %al
#APP
outb %al, $32
#NO_APP
popl %eax
iretl
ps2_key:
pushl %ecx
pushl %eax
cld
#APP
inb $96, %al
#NO_APP
movl key_head, %ecx
andl $63, %ecx
movb %al, key_ring(%ecx)
incl key_head
movb $32, %al
#APP
outb %al, $32
#NO_APP
popl %eax
popl %ecx
iretl
com1_rx:
pushl %esi
pushl %edx
pushl %ecx
pushl %eax
cld
movl $16, %ecx
.L1:
movw $1021, %dx
#APP
inb %dx, %al
#NO_APP
testb $1, %al
je .L2
movw $1016, %dx
#APP
inb %dx, %al
#NO_APP
movl serial_head, %edx
leal 1(%edx), %esi
movzbl %dl, %edx
movl %esi, serial_head
movb %al, serial_ring(%edx)
decl %ecx
jne .L1
.L2:
movb $32, %al
#APP
outb %al, $32
#NO_APP
popl %eax
popl %ecx
popl %edx
popl %esi
iretl
ata_primary:
pushl %edi
pushl %edx
pushl %ecx
pushl %eax
cld
movw $496, %dx
movl $ata_sector, %edi
movl $256, %ecx
#APP
rep insw %dx, %es:(%edi)
#NO_APP
movb $32, %al
#APP
outb %al, $160
#NO_APP
movb $32, %al
#APP
outb %al, $32
#NO_APP
popl %eax
popl %ecx
popl %edx
popl %edi
iretl
ticks:
.long 0
key_ring:
.zero 64
key_head:
.long 0
serial_ring:
.zero 256
serial_head:
.long 0
ata_sector:
.zero 512
