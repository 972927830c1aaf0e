h:
cld
movl $0, zeros+4
movl $0, zeros
movl $0, zeros+12
movl $0, zeros+8
iretl
zeros:
.zero 16
