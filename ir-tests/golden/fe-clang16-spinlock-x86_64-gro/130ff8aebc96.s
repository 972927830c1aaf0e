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
je .L2
cmpl $0, kbd_lock(%rip)
je .L1
.L3:
pause
cmpl $0, kbd_lock(%rip)
jne .L3
jmp .L1
.L2:
movl kbd_len(%rip), %ecx
cmpq $127, %rcx
ja .L4
leal 1(%rcx), %edx
movl %edx, kbd_len(%rip)
movb %al, kbd_buf(%rcx)
.L4:
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
.L5:
leaq 1(%rax), %rcx
lock cmpxchgq %rcx, jiffies(%rip)
je .L6
pause
jmp .L5
.L6:
movl $1, %eax
lock xaddq %rax, wakeup_seq(%rip)
movq %rax, last_seq(%rip)
mfence
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
