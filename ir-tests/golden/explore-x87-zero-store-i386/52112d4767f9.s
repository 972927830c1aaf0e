h:
pushl %ebp
movl %esp, %ebp
andl $-16, %esp
fldz
fstl zeros
fstpl zeros+8
movl %ebp, %esp
popl %ebp
iretl
zeros:
.zero 16
