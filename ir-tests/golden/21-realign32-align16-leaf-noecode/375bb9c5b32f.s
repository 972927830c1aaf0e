h:
subl $44, %esp
movaps %xmm0, 16(%esp)
cld
xorps %xmm0, %xmm0
movaps %xmm0, (%esp)
movaps (%esp), %xmm0
movaps %xmm0, (%esp)
movaps 16(%esp), %xmm0
addl $44, %esp
iretl
