h:
pushq %rax
cld
#APP
#NO_APP
addq $16, %rsp
iretq
