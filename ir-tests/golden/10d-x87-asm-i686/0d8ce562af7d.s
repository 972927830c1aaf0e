h:
cld
#APP
#NO_APP
iretl
