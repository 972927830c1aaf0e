h:
pushl %ebp
movl %esp, %ebp
pushl %eax
cld
movl 4(%ebp), %eax
movl %eax, sink
popl %eax
popl %ebp
addl $4, %esp
iretl
sink:
.long 0
