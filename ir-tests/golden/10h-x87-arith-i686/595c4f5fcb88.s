h:
pushl %ebp
movl %esp, %ebp
andl $-16, %esp
cld
fldt f80
fld1
faddp %st, %st(1)
fstpt f80
movl %ebp, %esp
popl %ebp
iretl
