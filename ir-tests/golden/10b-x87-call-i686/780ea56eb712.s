h:
pushl %edx
pushl %ecx
pushl %eax
cld
calll bar
popl %eax
popl %ecx
popl %edx
iretl
