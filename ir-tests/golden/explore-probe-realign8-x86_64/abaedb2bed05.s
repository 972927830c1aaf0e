h:
pushq %rbp
movq %rsp, %rbp
andq $-8, %rsp
movl $8192, %eax
callq __probestack
subq %rax, %rsp
cld
movb $1, (%rsp)
movq %rbp, %rsp
popq %rbp
iretq
