h:
pushl %ebp
movl %esp, %ebp
pushl %edx
pushl %ecx
pushl %eax
andl $-32, %esp
subl $352, %esp
vmovups %ymm7, -56(%ebp)
vmovups %ymm6, -88(%ebp)
vmovups %ymm5, -120(%ebp)
vmovups %ymm4, -152(%ebp)
vmovups %ymm3, -184(%ebp)
vmovups %ymm2, -216(%ebp)
vmovups %ymm1, -248(%ebp)
vmovups %ymm0, -280(%ebp)
cld
vxorps %xmm0, %xmm0, %xmm0
vmovaps %ymm0, 32(%esp)
vmovaps 32(%esp), %ymm0
vmovaps %ymm0, 32(%esp)
leal 32(%esp), %eax
movl %eax, (%esp)
vzeroupper
calll ext
vmovups -280(%ebp), %ymm0
vmovups -248(%ebp), %ymm1
vmovups -216(%ebp), %ymm2
vmovups -184(%ebp), %ymm3
vmovups -152(%ebp), %ymm4
vmovups -120(%ebp), %ymm5
vmovups -88(%ebp), %ymm6
vmovups -56(%ebp), %ymm7
leal -12(%ebp), %esp
popl %eax
popl %ecx
popl %edx
popl %ebp
iretl
