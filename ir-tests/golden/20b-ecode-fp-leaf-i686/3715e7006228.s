h:
pushl %ebp
movl %esp, %ebp
pushl %eax
andl $-16, %esp
cld
movl 4(%ebp), %eax
movl %eax, sink
leal -4(%ebp), %esp
popl %eax
popl %ebp
addl $4, %esp
iretl
sink:
.long 0
