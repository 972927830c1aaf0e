h:
subq $8, %rsp
pushq %rax
pushq %r11
pushq %r10
pushq %r9
pushq %r8
pushq %rdi
pushq %rsi
pushq %rdx
pushq %rcx
movaps %xmm15, 264(%rsp)
movaps %xmm14, 248(%rsp)
movaps %xmm13, 232(%rsp)
movaps %xmm12, 216(%rsp)
movaps %xmm11, 200(%rsp)
movaps %xmm10, 184(%rsp)
movaps %xmm9, 168(%rsp)
movaps %xmm8, 152(%rsp)
movaps %xmm7, 136(%rsp)
movaps %xmm6, 120(%rsp)
movaps %xmm5, 104(%rsp)
movaps %xmm4, 88(%rsp)
movaps %xmm3, 72(%rsp)
movaps %xmm2, 56(%rsp)
movaps %xmm1, 40(%rsp)
movaps %xmm0, 24(%rsp)
cld
movq $0, 16(%rsp)
leaq 16(%rsp), %rdi
callq ext
movaps 24(%rsp), %xmm0
movaps 40(%rsp), %xmm1
movaps 56(%rsp), %xmm2
movaps 72(%rsp), %xmm3
movaps 88(%rsp), %xmm4
movaps 104(%rsp), %xmm5
movaps 120(%rsp), %xmm6
movaps 136(%rsp), %xmm7
movaps 152(%rsp), %xmm8
movaps 168(%rsp), %xmm9
movaps 184(%rsp), %xmm10
movaps 200(%rsp), %xmm11
movaps 216(%rsp), %xmm12
movaps 232(%rsp), %xmm13
movaps 248(%rsp), %xmm14
movaps 264(%rsp), %xmm15
addq $280, %rsp
popq %rcx
popq %rdx
popq %rsi
popq %rdi
popq %r8
popq %r9
popq %r10
popq %r11
popq %rax
addq $16, %rsp
iretq
