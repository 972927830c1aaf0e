timer_logged:
pushq %rax
pushq %rdi
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
popq %rdi
popq %rax
iretq
timer_accounted:
pushq %rax
pushq %r11
pushq %r10
pushq %r9
pushq %r8
pushq %rdi
pushq %rsi
pushq %rdx
pushq %rcx
subq $256, %rsp
movaps %xmm15, 240(%rsp)
movaps %xmm14, 224(%rsp)
movaps %xmm13, 208(%rsp)
movaps %xmm12, 192(%rsp)
movaps %xmm11, 176(%rsp)
movaps %xmm10, 160(%rsp)
movaps %xmm9, 144(%rsp)
movaps %xmm8, 128(%rsp)
movaps %xmm7, 112(%rsp)
movaps %xmm6, 96(%rsp)
movaps %xmm5, 80(%rsp)
movaps %xmm4, 64(%rsp)
movaps %xmm3, 48(%rsp)
movaps %xmm2, 32(%rsp)
movaps %xmm1, 16(%rsp)
movaps %xmm0, (%rsp)
cld
movq timer_ticks(%rip), %rdi
incq %rdi
movq %rdi, timer_ticks(%rip)
callq account_tick
movb $32, %al
#APP
outb %al, $32
#NO_APP
movaps (%rsp), %xmm0
movaps 16(%rsp), %xmm1
movaps 32(%rsp), %xmm2
movaps 48(%rsp), %xmm3
movaps 64(%rsp), %xmm4
movaps 80(%rsp), %xmm5
movaps 96(%rsp), %xmm6
movaps 112(%rsp), %xmm7
movaps 128(%rsp), %xmm8
movaps 144(%rsp), %xmm9
movaps 160(%rsp), %xmm10
movaps 176(%rsp), %xmm11
movaps 192(%rsp), %xmm12
movaps 208(%rsp), %xmm13
movaps 224(%rsp), %xmm14
movaps 240(%rsp), %xmm15
addq $256, %rsp
popq %rcx
popq %rdx
popq %rsi
popq %rdi
popq %r8
popq %r9
popq %r10
popq %r11
popq %rax
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
pushq %rax
pushq %r11
pushq %r10
pushq %r9
pushq %r8
pushq %rdi
pushq %rsi
pushq %rdx
pushq %rcx
subq $256, %rsp
movaps %xmm15, 240(%rsp)
movaps %xmm14, 224(%rsp)
movaps %xmm13, 208(%rsp)
movaps %xmm12, 192(%rsp)
movaps %xmm11, 176(%rsp)
movaps %xmm10, 160(%rsp)
movaps %xmm9, 144(%rsp)
movaps %xmm8, 128(%rsp)
movaps %xmm7, 112(%rsp)
movaps %xmm6, 96(%rsp)
movaps %xmm5, 80(%rsp)
movaps %xmm4, 64(%rsp)
movaps %xmm3, 48(%rsp)
movaps %xmm2, 32(%rsp)
movaps %xmm1, 16(%rsp)
movaps %xmm0, (%rsp)
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
movaps (%rsp), %xmm0
movaps 16(%rsp), %xmm1
movaps 32(%rsp), %xmm2
movaps 48(%rsp), %xmm3
movaps 64(%rsp), %xmm4
movaps 80(%rsp), %xmm5
movaps 96(%rsp), %xmm6
movaps 112(%rsp), %xmm7
movaps 128(%rsp), %xmm8
movaps 144(%rsp), %xmm9
movaps 160(%rsp), %xmm10
movaps 176(%rsp), %xmm11
movaps 192(%rsp), %xmm12
movaps 208(%rsp), %xmm13
movaps 224(%rsp), %xmm14
movaps 240(%rsp), %xmm15
addq $256, %rsp
popq %rcx
popq %rdx
popq %rsi
popq %rdi
popq %r8
popq %r9
popq %r10
popq %r11
popq %rax
iretq
.L1:
.asciz "tick"
timer_ticks:
.quad 0
need_resched:
.long 0
histogram:
.zero 128
