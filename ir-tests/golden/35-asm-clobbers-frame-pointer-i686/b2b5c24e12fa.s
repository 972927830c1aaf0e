h:
pushl %ebp
pushl %edx
pushl %ecx
pushl %eax
cld
#APP
xorl %ebp, %ebp
#NO_APP
calll ext
popl %eax
popl %ecx
popl %edx
popl %ebp
iretl
