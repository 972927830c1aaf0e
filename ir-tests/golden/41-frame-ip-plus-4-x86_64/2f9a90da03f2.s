no_ecode:
addq $4, (%rsp)
iretq
ecode:
pushq %rax
pushq %rax
movq 16(%rsp), %rax
addq $4, 24(%rsp)
movq %rax, error_code_seen(%rip)
popq %rax
addq $16, %rsp
iretq
error_code_seen:
.quad 0
