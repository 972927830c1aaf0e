sample_sensor:
pushl %ebp
movl %esp, %ebp
pushl %eax
andl $-16, %esp
subl $32, %esp
cld
movl samples, %eax
incl %eax
movl %eax, samples
flds mean
fld %st(0)
fsubrs sensor
movl %eax, 8(%esp)
movl $0, 12(%esp)
fildll 8(%esp)
fdivrp %st, %st(1)
faddp %st, %st(1)
fstps mean
leal -4(%ebp), %esp
popl %eax
popl %ebp
iretl
samples:
.long 0
mean:
.long 0x00000000
