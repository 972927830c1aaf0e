h:
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
callq log_interrupt
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
