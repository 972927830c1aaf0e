h:
pushq %rax
pushq %rbp
movq %rsp, %rbp
pushq %rax
cld
movq 16(%rbp), %rax
movq %rax, sink(%rip)
popq %rax
popq %rbp
addq $16, %rsp
iretq
sink:
.quad 0
