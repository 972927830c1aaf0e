h:
pushl %ebp
movl %esp, %ebp
andl $-16, %esp
cld
#APP
#NO_APP
movl %ebp, %esp
popl %ebp
iretl
