page_fault:
pushq %rax
pushq %r11
pushq %r10
pushq %r9
pushq %r8
pushq %rdi
pushq %rsi
pushq %rdx
pushq %rcx
pushq %rax
pushq %rax
cld
movq 88(%rsp), %rsi
#APP
movq %cr2, %rdi
#NO_APP
callq log_page_fault
addq $8, %rsp
popq %rax
popq %rcx
popq %rdx
popq %rsi
popq %rdi
popq %r8
popq %r9
popq %r10
popq %r11
addq $16, %rsp
iretq
