h:
pushl %ebp
movl %esp, %ebp
pushl %ecx
pushl %eax
andl $-16, %esp
cld
movl 4(%ebp), %eax
leal 8(%ebp), %eax
movl 4(%ebp), %ecx
movl %ecx, ec.sink
movl %eax, frame.sink
addl $16, %eax
movl %eax, ss.sink
leal -8(%ebp), %esp
popl %eax
popl %ecx
popl %ebp
addl $4, %esp
iretl
ec.sink:
.long 0
frame.sink:
.long 0
ss.sink:
.long 0
