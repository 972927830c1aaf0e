h:
cld
#APP
xorps %xmm0, %xmm0
#NO_APP
iretl
