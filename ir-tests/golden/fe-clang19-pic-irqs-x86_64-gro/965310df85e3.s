pit_tick:
pushq %rax
cld
incq ticks(%rip)
movb $32, %al
#APP
outb %al, $32
#NO_APP
popq %rax
iretq
ps2_key:
pushq %rcx
pushq %rax
cld
#APP
inb $96, %al
#NO_APP
movl key_head(%rip), %ecx
andl $63, %ecx
movb %al, key_ring(%rcx)
incl key_head(%rip)
movb $32, %al
#APP
outb %al, $32
#NO_APP
popq %rax
popq %rcx
iretq
com1_rx:
pushq %rsi
pushq %rdx
pushq %rcx
pushq %rax
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
movl serial_head(%rip), %edx
leal 1(%rdx), %esi
movl %esi, serial_head(%rip)
movzbl %dl, %edx
movb %al, serial_ring(%rdx)
decl %ecx
jne .L1
.L2:
movb $32, %al
#APP
outb %al, $32
#NO_APP
popq %rax
popq %rcx
popq %rdx
popq %rsi
iretq
ata_primary:
pushq %rdi
pushq %rdx
pushq %rcx
pushq %rax
cld
movl $ata_sector, %edi
movl $256, %ecx
movw $496, %dx
#APP
rep insw %dx, %es:(%rdi)
#NO_APP
movb $32, %al
#APP
outb %al, $160
#NO_APP
#APP
outb %al, $32
#NO_APP
popq %rax
popq %rcx
popq %rdx
popq %rdi
iretq
ticks:
.quad 0
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
