h:
pushl %ebp
movl %esp, %ebp
pushl %eax
andl $-16, %esp
subl $96, %esp
vmovups %ymm0, -56(%ebp)
cld
movl 4(%ebp), %eax
vxorps %xmm0, %xmm0, %xmm0
vmovaps %ymm0, (%esp)
vmovaps (%esp), %ymm0
vmovaps %ymm0, (%esp)
movl %eax, error_code_seen
vmovups -56(%ebp), %ymm0
leal -4(%ebp), %esp
popl %eax
popl %ebp
addl $4, %esp
iretl
error_code_seen:
.long 0
