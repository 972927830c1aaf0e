h:
pushq %rax
pushq %rax
pushq %r11
pushq %r10
pushq %r9
pushq %r8
pushq %rdi
pushq %rsi
pushq %rdx
pushq %rcx
subq $264, %rsp
movaps %xmm15, 248(%rsp)
movaps %xmm14, 232(%rsp)
movaps %xmm13, 216(%rsp)
movaps %xmm12, 200(%rsp)
movaps %xmm11, 184(%rsp)
movaps %xmm10, 168(%rsp)
movaps %xmm9, 152(%rsp)
movaps %xmm8, 136(%rsp)
movaps %xmm7, 120(%rsp)
movaps %xmm6, 104(%rsp)
movaps %xmm5, 88(%rsp)
movaps %xmm4, 72(%rsp)
movaps %xmm3, 56(%rsp)
movaps %xmm2, 40(%rsp)
movaps %xmm1, 24(%rsp)
movaps %xmm0, 8(%rsp)
cld
movq numerator(%rip), %rax
cqto
idivq denominator(%rip)
movq %rax, quotient(%rip)
callq ext@PLT
movaps 8(%rsp), %xmm0
movaps 24(%rsp), %xmm1
movaps 40(%rsp), %xmm2
movaps 56(%rsp), %xmm3
movaps 72(%rsp), %xmm4
movaps 88(%rsp), %xmm5
movaps 104(%rsp), %xmm6
movaps 120(%rsp), %xmm7
movaps 136(%rsp), %xmm8
movaps 152(%rsp), %xmm9
movaps 168(%rsp), %xmm10
movaps 184(%rsp), %xmm11
movaps 200(%rsp), %xmm12
movaps 216(%rsp), %xmm13
movaps 232(%rsp), %xmm14
movaps 248(%rsp), %xmm15
addq $264, %rsp
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
numerator:
.quad 0
denominator:
.quad 0
quotient:
.quad 0
