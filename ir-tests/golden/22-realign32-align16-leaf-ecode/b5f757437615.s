h:
pushl %eax
subl $40, %esp
movaps %xmm0, 16(%esp)
cld
movl 44(%esp), %eax
xorps %xmm0, %xmm0
movaps %xmm0, (%esp)
movaps (%esp), %xmm0
movaps %xmm0, (%esp)
movl %eax, error_code_seen
movaps 16(%esp), %xmm0
addl $40, %esp
popl %eax
addl $4, %esp
iretl
error_code_seen:
.long 0
