h:
pushl %ebp
pushl %edx
pushl %ecx
pushl %eax
subl $12, %esp
cld
#APP
xorl %ebp, %ebp
#NO_APP
calll ext
addl $12, %esp
popl %eax
popl %ecx
popl %edx
popl %ebp
iretl
