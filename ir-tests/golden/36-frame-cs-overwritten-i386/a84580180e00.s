h:
pushl %ebp
movl %esp, %ebp
andl $-16, %esp
cld
movl $-1, 8(%ebp)
movl %ebp, %esp
popl %ebp
iretl
