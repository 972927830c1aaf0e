h:
pushq %rax
pushq %rax
cld
movq 16(%rsp), %rax
incq 24(%rsp)
movq %rax, error_code_seen(%rip)
popq %rax
addq $16, %rsp
iretq
error_code_seen:
.quad 0
