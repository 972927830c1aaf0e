h:
pushl %ebp
movl %esp, %ebp
andl $-16, %esp
cld
#APP
xorps %xmm0, %xmm0
#NO_APP
movl %ebp, %esp
popl %ebp
iretl
