.L1:
.long 0x40400000
h:
pushl %ebp
movl %esp, %ebp
andl $-16, %esp
flds value
fmuls .L1
fstps value
movl %ebp, %esp
popl %ebp
iretl
value:
.long 0x00000000
