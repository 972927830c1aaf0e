h:
pushq %rax
pushq %rbp
movq %rsp, %rbp
pushq %rax
pushq %rcx
cld
movq 16(%rbp), %rax
leaq 24(%rbp), %rax
movq 16(%rbp), %rcx
movq %rcx, ec.sink(%rip)
movq %rax, frame.sink(%rip)
addq $32, %rax
movq %rax, ss.sink(%rip)
popq %rcx
popq %rax
popq %rbp
addq $16, %rsp
iretq
ec.sink:
.quad 0
frame.sink:
.quad 0
ss.sink:
.quad 0
