h:
pushl %ebp
movl %esp, %ebp
pushl %edx
pushl %ecx
pushl %eax
andl $-16, %esp
subl $144, %esp
movaps %xmm7, -40(%ebp)
movaps %xmm6, -56(%ebp)
movaps %xmm5, -72(%ebp)
movaps %xmm4, -88(%ebp)
movaps %xmm3, -104(%ebp)
movaps %xmm2, -120(%ebp)
movaps %xmm1, -136(%ebp)
movaps %xmm0, -152(%ebp)
cld
calll ext
movaps -152(%ebp), %xmm0
movaps -136(%ebp), %xmm1
movaps -120(%ebp), %xmm2
movaps -104(%ebp), %xmm3
movaps -88(%ebp), %xmm4
movaps -72(%ebp), %xmm5
movaps -56(%ebp), %xmm6
movaps -40(%ebp), %xmm7
leal -12(%ebp), %esp
popl %eax
popl %ecx
popl %edx
popl %ebp
iretl
