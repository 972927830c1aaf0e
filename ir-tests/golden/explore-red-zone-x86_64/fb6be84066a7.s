h:
pushq %rax
cld
movq sink(%rip), %rax
movq %rax, -32(%rsp)
movq %rax, -8(%rsp)
movq -8(%rsp), %rax
movq %rax, sink(%rip)
popq %rax
iretq
sink:
.quad 0
