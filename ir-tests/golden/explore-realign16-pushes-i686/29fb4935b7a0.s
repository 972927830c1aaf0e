.L1:
.long 0x3f800000
.long 0x40000000
.long 0x40400000
.long 0x40800000
.long 0x40a00000
.long 0x40c00000
.long 0x40e00000
.long 0x41000000
h:
pushl %ebp
movl %esp, %ebp
pushl %eax
andl $-32, %esp
subl $96, %esp
vmovups %ymm0, -56(%ebp)
cld
#APP
movl $1, %eax
#NO_APP
vmovaps .L1, %ymm0
vmovaps %ymm0, (%esp)
vmovups -56(%ebp), %ymm0
leal -4(%ebp), %esp
popl %eax
popl %ebp
iretl
