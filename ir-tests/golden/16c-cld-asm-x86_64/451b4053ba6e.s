h:
cld
#APP
nop
#NO_APP
iretq
