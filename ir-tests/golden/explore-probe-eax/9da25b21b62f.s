h:
pushl %ebp
movl %esp, %ebp
andl $-16, %esp
movl $8192, %eax
calll __probestack
cld
movb $1, (%esp)
movl %ebp, %esp
popl %ebp
iretl
