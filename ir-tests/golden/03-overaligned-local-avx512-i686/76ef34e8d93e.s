h:
pushl %ebp
movl %esp, %ebp
pushl %edx
pushl %ecx
pushl %eax
andl $-64, %esp
subl $704, %esp
kmovw %k7, -14(%ebp)
kmovw %k6, -16(%ebp)
kmovw %k5, -18(%ebp)
kmovw %k4, -20(%ebp)
kmovw %k3, -22(%ebp)
kmovw %k2, -24(%ebp)
kmovw %k1, -26(%ebp)
kmovw %k0, -28(%ebp)
vmovups %zmm7, -120(%ebp)
vmovups %zmm6, -184(%ebp)
vmovups %zmm5, -248(%ebp)
vmovups %zmm4, -312(%ebp)
vmovups %zmm3, -376(%ebp)
vmovups %zmm2, -440(%ebp)
vmovups %zmm1, -504(%ebp)
vmovups %zmm0, -568(%ebp)
cld
vxorps %xmm0, %xmm0, %xmm0
vmovaps %zmm0, 64(%esp)
leal 64(%esp), %eax
movl %eax, (%esp)
vzeroupper
calll use
vmovaps 64(%esp), %zmm0
vmovups -568(%ebp), %zmm0
vmovups -504(%ebp), %zmm1
vmovups -440(%ebp), %zmm2
vmovups -376(%ebp), %zmm3
vmovups -312(%ebp), %zmm4
vmovups -248(%ebp), %zmm5
vmovups -184(%ebp), %zmm6
vmovups -120(%ebp), %zmm7
kmovw -28(%ebp), %k0
kmovw -26(%ebp), %k1
kmovw -24(%ebp), %k2
kmovw -22(%ebp), %k3
kmovw -20(%ebp), %k4
kmovw -18(%ebp), %k5
kmovw -16(%ebp), %k6
kmovw -14(%ebp), %k7
leal -12(%ebp), %esp
popl %eax
popl %ecx
popl %edx
popl %ebp
iretl
