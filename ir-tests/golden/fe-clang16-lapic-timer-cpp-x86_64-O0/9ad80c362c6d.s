_Z14on_lapic_timerP14InterruptFrame:
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
subq $280, %rsp
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
leaq 8(%rbp), %rax
movq %rax, -344(%rbp)
movabsq $kernel_timer, %rdi
callq _ZN5Timer14increment_tickEv
testb $1, %al
jne .L1
jmp .L2
.L1:
movb $1, switch_pending
.L2:
callq _ZN12_GLOBAL__N_123notify_end_of_interruptEv
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
popq %rbp
iretq
_ZN5Timer14increment_tickEv:
pushq %rbp
movq %rsp, %rbp
pushq %rax
movq %rdi, -8(%rbp)
movq -8(%rbp), %rcx
movq (%rcx), %rax
addq $1, %rax
movq %rax, (%rcx)
movq (%rcx), %rax
xorl %edx, %edx
divq 8(%rcx)
cmpq $0, %rdx
sete %al
andb $1, %al
movzbl %al, %eax
addq $8, %rsp
popq %rbp
retq
_ZN12_GLOBAL__N_123notify_end_of_interruptEv:
pushq %rbp
movq %rsp, %rbp
pushq %rax
pushq %rax
movl $4276093104, %eax
movq %rax, -16(%rbp)
movq -16(%rbp), %rax
movl $0, (%rax)
addq $8, %rsp
popq %rax
popq %rbp
retq
kernel_timer:
.quad 0
.quad 20
switch_pending:
.byte 0
