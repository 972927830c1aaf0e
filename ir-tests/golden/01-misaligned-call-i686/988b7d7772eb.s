foo:
pushl %ebp
movl %esp, %ebp
pushl %edx
pushl %ecx
pushl %eax
andl $-16, %esp
subl $16, %esp
cld
calll bar
movl $0, i
leal -12(%ebp), %esp
popl %eax
popl %ecx
popl %edx
popl %ebp
iretl
