h:
pushl %ebp
movl %esp, %ebp
andl $-16, %esp
subl $48, %esp
movaps %xmm0, -24(%ebp)
cld
xorps %xmm0, %xmm0
movaps %xmm0, (%esp)
movaps (%esp), %xmm0
movaps %xmm0, (%esp)
movaps -24(%ebp), %xmm0
movl %ebp, %esp
popl %ebp
iretl
