h:
pushl %ebp
movl %esp, %ebp
andl $-16, %esp
movl $-1, 8(%ebp)
movl %ebp, %esp
popl %ebp
iretl
