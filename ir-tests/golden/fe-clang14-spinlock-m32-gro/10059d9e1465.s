kbd_locked:
pushl %ebp
movl %esp, %ebp
pushl %edx
pushl %ecx
pushl %eax
andl $-16, %esp
cld
#APP
inb $96, %al
#NO_APP
lock incl irq_seen
.L1:
movl $1, %ecx
xchgl %ecx, kbd_lock
testl %ecx, %ecx
je .L2
cmpl $0, kbd_lock
je .L1
.L3:
pause
cmpl $0, kbd_lock
jne .L3
jmp .L1
.L2:
movl kbd_len, %ecx
cmpl $127, %ecx
ja .L4
leal 1(%ecx), %edx
movl %edx, kbd_len
movb %al, kbd_buf(%ecx)
.L4:
movl $0, kbd_lock
movb $32, %al
#APP
outb %al, $32
#NO_APP
leal -12(%ebp), %esp
popl %eax
popl %ecx
popl %edx
popl %ebp
iretl
apic_timer:
pushl %ebp
movl %esp, %ebp
pushl %edx
pushl %ecx
pushl %ebx
pushl %eax
andl $-16, %esp
cld
xorl %eax, %eax
xorl %edx, %edx
xorl %ecx, %ecx
xorl %ebx, %ebx
lock cmpxchg8b jiffies
.L5:
movl %eax, %ebx
addl $1, %ebx
movl %edx, %ecx
adcl $0, %ecx
lock cmpxchg8b jiffies
je .L6
pause
jmp .L5
.L6:
movl $1, %eax
lock xaddl %eax, wakeup_seq
movl %eax, last_seq
lock orl $0, (%esp)
movl $2059, %ecx
xorl %eax, %eax
xorl %edx, %edx
#APP
wrmsr
#NO_APP
leal -16(%ebp), %esp
popl %eax
popl %ebx
popl %ecx
popl %edx
popl %ebp
iretl
irq_seen:
.long 0
kbd_lock:
.zero 4
kbd_len:
.long 0
kbd_buf:
.zero 128
jiffies:
.quad 0
wakeup_seq:
.long 0
last_seq:
.long 0
