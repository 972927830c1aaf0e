h:
pushl %ebp
movl %esp, %ebp
pushl %edx
pushl %ecx
pushl %eax
andl $-16, %esp
subl $144, %esp
movups %xmm7, -40(%ebp)
movups %xmm6, -56(%ebp)
movups %xmm5, -72(%ebp)
movups %xmm4, -88(%ebp)
movups %xmm3, -104(%ebp)
movups %xmm2, -120(%ebp)
movups %xmm1, -136(%ebp)
movups %xmm0, -152(%ebp)
cld
#APP
xorl %ebp, %ebp
#NO_APP
calll ext@PLT
movups -152(%ebp), %xmm0
movups -136(%ebp), %xmm1
movups -120(%ebp), %xmm2
movups -104(%ebp), %xmm3
movups -88(%ebp), %xmm4
movups -72(%ebp), %xmm5
movups -56(%ebp), %xmm6
movups -40(%ebp), %xmm7
leal -12(%ebp), %esp
popl %eax
popl %ecx
popl %edx
popl %ebp
iretl
