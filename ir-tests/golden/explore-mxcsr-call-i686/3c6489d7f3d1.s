h:
pushl %edx
pushl %ecx
pushl %eax
subl $128, %esp
movaps %xmm7, 112(%esp)
movaps %xmm6, 96(%esp)
movaps %xmm5, 80(%esp)
movaps %xmm4, 64(%esp)
movaps %xmm3, 48(%esp)
movaps %xmm2, 32(%esp)
movaps %xmm1, 16(%esp)
movaps %xmm0, (%esp)
cld
calll ext
movaps (%esp), %xmm0
movaps 16(%esp), %xmm1
movaps 32(%esp), %xmm2
movaps 48(%esp), %xmm3
movaps 64(%esp), %xmm4
movaps 80(%esp), %xmm5
movaps 96(%esp), %xmm6
movaps 112(%esp), %xmm7
addl $128, %esp
popl %eax
popl %ecx
popl %edx
iretl
