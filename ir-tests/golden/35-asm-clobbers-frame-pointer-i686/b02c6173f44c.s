h:
pushl %ebp
movl %esp, %ebp
pushl %edx
pushl %ecx
pushl %eax
andl $-16, %esp
subl $16, %esp
cld
pushl %ebp
subl $12, %esp
#APP
xorl %ebp, %ebp
#NO_APP
addl $12, %esp
popl %ebp
calll ext
leal -12(%ebp), %esp
popl %eax
popl %ecx
popl %edx
popl %ebp
iretl
