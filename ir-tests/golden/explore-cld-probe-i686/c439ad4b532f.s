h:
pushl %ebp
movl %esp, %ebp
pushl %eax
andl $-16, %esp
pushl %eax
movl $8188, %eax
calll _chkstk
movl 8188(%esp), %eax
cld
movl sink, %eax
movl %eax, (%esp)
leal -4(%ebp), %esp
popl %eax
popl %ebp
iretl
sink:
.long 0
