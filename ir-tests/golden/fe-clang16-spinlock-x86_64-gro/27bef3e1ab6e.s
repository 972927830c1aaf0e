kbd_locked:
pushq %rdx
pushq %rcx
pushq %rax
cld
#APP
inb $96, %al
#NO_APP
lock incq irq_seen(%rip)
.L1:
movl $1, %ecx
xchgl %ecx, kbd_lock(%rip)
testl %ecx, %ecx
jne .L2
jmp .L3
.L4:
pause
.L2:
cmpl $0, kbd_lock(%rip)
jne .L4
jmp .L1
.L3:
movl kbd_len(%rip), %ecx
cmpq $127, %rcx
ja .L5
leal 1(%rcx), %edx
movl %edx, kbd_len(%rip)
movb %al, kbd_buf(%rcx)
.L5:
movl $0, kbd_lock(%rip)
movb $32, %al
#APP
outb %al, $32
#NO_APP
popq %rax
popq %rcx
popq %rdx
iretq
apic_timer:
pushq %rdx
pushq %rcx
pushq %rax
cld
movq jiffies(%rip), %rax
.L6:
leaq 1(%rax), %rcx
lock cmpxchgq %rcx, jiffies(%rip)
je .L7
pause
jmp .L6
.L7:
movl $1, %eax
lock xaddq %rax, wakeup_seq(%rip)
movq %rax, last_seq(%rip)
lock orl $0, (%rsp)
movl $2059, %ecx
xorl %eax, %eax
xorl %edx, %edx
#APP
wrmsr
#NO_APP
popq %rax
popq %rcx
popq %rdx
iretq
irq_seen:
.quad 0
kbd_lock:
.zero 4
kbd_len:
.long 0
kbd_buf:
.zero 128
jiffies:
.quad 0
wakeup_seq:
.quad 0
last_seq:
.quad 0
