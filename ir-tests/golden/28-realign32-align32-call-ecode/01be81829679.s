h:
pushl %ebp
movl %esp, %ebp
pushl %edx
pushl %ecx
pushl %eax
andl $-32, %esp
subl $320, %esp
vmovups %ymm7, -56(%ebp)
vmovups %ymm6, -88(%ebp)
vmovups %ymm5, -120(%ebp)
vmovups %ymm4, -152(%ebp)
vmovups %ymm3, -184(%ebp)
vmovups %ymm2, -216(%ebp)
vmovups %ymm1, -248(%ebp)
vmovups %ymm0, -280(%ebp)
cld
movl 4(%ebp), %eax
vxorps %xmm0, %xmm0, %xmm0
vmovaps %ymm0, (%esp)
vmovaps (%esp), %ymm0
vmovaps %ymm0, (%esp)
movl %eax, error_code_seen
movl %esp, %eax
pushl %eax
vzeroupper
calll ext
addl $4, %esp
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
addl $4, %esp
iretl
error_code_seen:
.long 0
