h:
pushl %edx
pushl %ecx
pushl %eax
subl $160, %esp
movaps %xmm7, 144(%esp)
movaps %xmm6, 128(%esp)
movaps %xmm5, 112(%esp)
movaps %xmm4, 96(%esp)
movaps %xmm3, 80(%esp)
movaps %xmm2, 64(%esp)
movaps %xmm1, 48(%esp)
movaps %xmm0, 32(%esp)
cld
movl 172(%esp), %eax
xorps %xmm0, %xmm0
movaps %xmm0, 16(%esp)
movaps 16(%esp), %xmm0
movaps %xmm0, 16(%esp)
movl %eax, error_code_seen
leal 16(%esp), %eax
movl %eax, (%esp)
calll ext
movaps 32(%esp), %xmm0
movaps 48(%esp), %xmm1
movaps 64(%esp), %xmm2
movaps 80(%esp), %xmm3
movaps 96(%esp), %xmm4
movaps 112(%esp), %xmm5
movaps 128(%esp), %xmm6
movaps 144(%esp), %xmm7
addl $160, %esp
popl %eax
popl %ecx
popl %edx
addl $4, %esp
iretl
error_code_seen:
.long 0
