timer_tick:
pushl %eax
cld
movl ticks, %eax
addl $1, %eax
adcl $0, ticks+4
movl %eax, ticks
popl %eax
iretl
ticks:
.quad 0
