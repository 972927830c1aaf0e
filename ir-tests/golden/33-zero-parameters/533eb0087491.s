timer_tick:
pushl %ebp
movl %esp, %ebp
pushl %eax
andl $-16, %esp
cld
movl ticks, %eax
addl $1, %eax
adcl $0, ticks+4
movl %eax, ticks
leal -4(%ebp), %esp
popl %eax
popl %ebp
iretl
ticks:
.quad 0
