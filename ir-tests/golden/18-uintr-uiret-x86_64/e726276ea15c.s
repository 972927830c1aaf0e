h:
pushq %rax
pushq %rax
pushq %rsi
pushq %rdx
pushq %rcx
cld
movq 40(%rsp), %rsi
leaq 48(%rsp), %rax
movq (%rax), %rdx
movq 8(%rax), %rcx
movq 16(%rax), %rax
movq %rsi, uirrv(%rip)
movq %rdx, rip(%rip)
movq %rcx, rflags(%rip)
movq %rax, rsp(%rip)
popq %rcx
popq %rdx
popq %rsi
popq %rax
addq $16, %rsp
uiret
uirrv:
.quad 0
rip:
.quad 0
rflags:
.quad 0
rsp:
.quad 0
