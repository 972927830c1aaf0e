h:
pushl %ebp
movl %esp, %ebp
andl $-16, %esp
subl $192, %esp
vmovups %zmm0, -120(%ebp)
cld
vxorps %xmm0, %xmm0, %xmm0
vmovaps %zmm0, (%esp)
vmovaps (%esp), %zmm0
vmovaps %zmm0, (%esp)
vmovups -120(%ebp), %zmm0
movl %ebp, %esp
popl %ebp
iretl
