h:
pushq %rax
pushq %rbp
movq %rsp, %rbp
pushq %rax
pushq %r11
pushq %r10
pushq %r9
pushq %r8
pushq %rdi
pushq %rsi
pushq %rdx
pushq %rcx
andq $-64, %rsp
subq $320, %rsp
movaps %xmm15, -96(%rbp)
movaps %xmm14, -112(%rbp)
movaps %xmm13, -128(%rbp)
movaps %xmm12, -144(%rbp)
movaps %xmm11, -160(%rbp)
movaps %xmm10, -176(%rbp)
movaps %xmm9, -192(%rbp)
movaps %xmm8, -208(%rbp)
movaps %xmm7, -224(%rbp)
movaps %xmm6, -240(%rbp)
movaps %xmm5, -256(%rbp)
movaps %xmm4, -272(%rbp)
movaps %xmm3, -288(%rbp)
movaps %xmm2, -304(%rbp)
movaps %xmm1, -320(%rbp)
movaps %xmm0, -336(%rbp)
cld
movl $0, 8(%rsp)
leaq 8(%rsp), %rdi
callq ext
movaps -336(%rbp), %xmm0
movaps -320(%rbp), %xmm1
movaps -304(%rbp), %xmm2
movaps -288(%rbp), %xmm3
movaps -272(%rbp), %xmm4
movaps -256(%rbp), %xmm5
movaps -240(%rbp), %xmm6
movaps -224(%rbp), %xmm7
movaps -208(%rbp), %xmm8
movaps -192(%rbp), %xmm9
movaps -176(%rbp), %xmm10
movaps -160(%rbp), %xmm11
movaps -144(%rbp), %xmm12
movaps -128(%rbp), %xmm13
movaps -112(%rbp), %xmm14
movaps -96(%rbp), %xmm15
leaq -72(%rbp), %rsp
popq %rcx
popq %rdx
popq %rsi
popq %rdi
popq %r8
popq %r9
popq %r10
popq %r11
popq %rax
popq %rbp
addq $16, %rsp
iretq
