h:
cld
movl $-1, 4(%esp)
iretl
