h:
cld
#APP
#NO_APP
iretq
