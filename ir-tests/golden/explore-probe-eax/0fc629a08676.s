h:
movl $8192, %eax
callq __probestack
subq %rax, %rsp
cld
movb $1, (%rsp)
addq $8192, %rsp
iretq
