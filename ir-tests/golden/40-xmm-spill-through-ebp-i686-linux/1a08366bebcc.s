h:
subl $28, %esp
movaps %xmm0, (%esp)
cld
#APP
xorps %xmm0, %xmm0
#NO_APP
movaps (%esp), %xmm0
addl $28, %esp
iretl
