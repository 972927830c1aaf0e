foo:
pushl %edx
pushl %ecx
pushl %eax
cld
calll bar
movl $0, i
popl %eax
popl %ecx
popl %edx
iretl
