h:
pushl %ebp
movl %esp, %ebp
pushl %eax
andl $-16, %esp
subl $192, %esp
vmovups %zmm0, -120(%ebp)
cld
movl 4(%ebp), %eax
vxorps %xmm0, %xmm0, %xmm0
vmovaps %zmm0, (%esp)
vmovaps (%esp), %zmm0
vmovaps %zmm0, (%esp)
movl %eax, error_code_seen
vmovups -120(%ebp), %zmm0
leal -4(%ebp), %esp
popl %eax
popl %ebp
addl $4, %esp
iretl
error_code_seen:
.long 0
