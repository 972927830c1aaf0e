h:
movl $8192, %eax
calll __probestack
cld
movb $1, (%esp)
addl $8192, %esp
iretl
