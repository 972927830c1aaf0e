.L1:
.long 1
.long 2
.long 3
.long 4
.long 5
.long 6
.long 7
.long 8
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
andq $-32, %rsp
subq $576, %rsp
vmovups %ymm15, -112(%rbp)
vmovups %ymm14, -144(%rbp)
vmovups %ymm13, -176(%rbp)
vmovups %ymm12, -208(%rbp)
vmovups %ymm11, -240(%rbp)
vmovups %ymm10, -272(%rbp)
vmovups %ymm9, -304(%rbp)
vmovups %ymm8, -336(%rbp)
vmovups %ymm7, -368(%rbp)
vmovups %ymm6, -400(%rbp)
vmovups %ymm5, -432(%rbp)
vmovups %ymm4, -464(%rbp)
vmovups %ymm3, -496(%rbp)
vmovups %ymm2, -528(%rbp)
vmovups %ymm1, -560(%rbp)
vmovups %ymm0, -592(%rbp)
cld
vmovaps .L1(%rip), %ymm0
vmovaps %ymm0, 8(%rsp)
leaq 8(%rsp), %rdi
vzeroupper
callq ext@PLT
vmovups -592(%rbp), %ymm0
vmovups -560(%rbp), %ymm1
vmovups -528(%rbp), %ymm2
vmovups -496(%rbp), %ymm3
vmovups -464(%rbp), %ymm4
vmovups -432(%rbp), %ymm5
vmovups -400(%rbp), %ymm6
vmovups -368(%rbp), %ymm7
vmovups -336(%rbp), %ymm8
vmovups -304(%rbp), %ymm9
vmovups -272(%rbp), %ymm10
vmovups -240(%rbp), %ymm11
vmovups -208(%rbp), %ymm12
vmovups -176(%rbp), %ymm13
vmovups -144(%rbp), %ymm14
vmovups -112(%rbp), %ymm15
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
