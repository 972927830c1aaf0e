h:
pushl %ebp
movl %esp, %ebp
pushl %edx
pushl %ecx
pushl %eax
andl $-16, %esp
cld
pushl %ebp
#APP
xorl %ebp, %ebp
#NO_APP
popl %ebp
calll ext
leal -12(%ebp), %esp
popl %eax
popl %ecx
popl %edx
popl %ebp
iretl
