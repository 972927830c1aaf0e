h:
pushl %ebp
movl %esp, %ebp
andl $-16, %esp
subl $96, %esp
vmovups %ymm0, -56(%ebp)
cld
vxorps %xmm0, %xmm0, %xmm0
vmovaps %ymm0, (%esp)
vmovaps (%esp), %ymm0
vmovaps %ymm0, (%esp)
vmovups -56(%ebp), %ymm0
movl %ebp, %esp
popl %ebp
iretl
