h:
pushl %ebp
movl %esp, %ebp
andl $-16, %esp
cld
movl $0, zeros+4
movl $0, zeros
movl $0, zeros+12
movl $0, zeros+8
movl %ebp, %esp
popl %ebp
iretl
zeros:
.zero 16
