sample_sensor:
pushl %eax
subl $8, %esp
cld
movl samples, %eax
incl %eax
movl %eax, samples
flds mean
fld %st(0)
fsubrs sensor
movl %eax, (%esp)
movl $0, 4(%esp)
fildll (%esp)
fdivrp %st, %st(1)
faddp %st, %st(1)
fstps mean
addl $8, %esp
popl %eax
iretl
samples:
.long 0
mean:
.long 0x00000000
