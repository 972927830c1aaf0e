timer_logged:
pushq %rdi
pushq %rax
pushq %rax
cld
movl $.L1, %edi
callq serial_log
incq timer_ticks(%rip)
movb $32, %al
#APP
outb %al, $32
#NO_APP
addq $8, %rsp
popq %rax
popq %rdi
iretq
timer_accounted:
pushq %r11
pushq %r10
pushq %r9
pushq %r8
pushq %rdi
pushq %rsi
pushq %rdx
pushq %rcx
pushq %rax
cld
movq timer_ticks(%rip), %rdi
incq %rdi
movq %rdi, timer_ticks(%rip)
callq account_tick
movb $32, %al
#APP
outb %al, $32
#NO_APP
popq %rax
popq %rcx
popq %rdx
popq %rsi
popq %rdi
popq %r8
popq %r9
popq %r10
popq %r11
iretq
account_tick:
movl %edi, %eax
andl $15, %eax
incq histogram(,%rax,8)
testl $1023, %edi
je .L2
retq
.L2:
movl $1, need_resched(%rip)
retq
timer_preempt:
pushq %r11
pushq %r10
pushq %r9
pushq %r8
pushq %rdi
pushq %rsi
pushq %rdx
pushq %rcx
pushq %rax
cld
incq timer_ticks(%rip)
cmpl $0, need_resched(%rip)
je .L3
callq schedule
.L3:
movb $32, %al
#APP
outb %al, $32
#NO_APP
popq %rax
popq %rcx
popq %rdx
popq %rsi
popq %rdi
popq %r8
popq %r9
popq %r10
popq %r11
iretq
.L1:
.asciz "tick"
timer_ticks:
.quad 0
need_resched:
.long 0
histogram:
.zero 128
