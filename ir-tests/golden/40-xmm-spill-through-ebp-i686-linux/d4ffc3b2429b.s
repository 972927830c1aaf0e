h:
subl $28, %esp
movups %xmm0, (%esp)
cld
#APP
xorps %xmm0, %xmm0
#NO_APP
movups (%esp), %xmm0
addl $28, %esp
iretl
