h:
pushl %eax
pushl %eax
movl $8188, %eax
calll _chkstk
movl 8188(%esp), %eax
cld
movl sink, %eax
movl %eax, (%esp)
addl $8192, %esp
popl %eax
iretl
sink:
.long 0
