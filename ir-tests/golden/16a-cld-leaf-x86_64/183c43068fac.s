h:
pushq %rax
cld
movq 8(%rsp), %rax
movq %rax, sink(%rip)
popq %rax
iretq
sink:
.quad 0
