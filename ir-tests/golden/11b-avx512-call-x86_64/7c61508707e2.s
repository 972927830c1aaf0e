h:
pushq %rax
pushq %r11
pushq %r10
pushq %r9
pushq %r8
pushq %rdi
pushq %rsi
pushq %rdx
pushq %rcx
subq $2160, %rsp
kmovq %k7, 2152(%rsp)
kmovq %k6, 2144(%rsp)
kmovq %k5, 2136(%rsp)
kmovq %k4, 2128(%rsp)
kmovq %k3, 2120(%rsp)
kmovq %k2, 2112(%rsp)
kmovq %k1, 2104(%rsp)
kmovq %k0, 2096(%rsp)
vmovups %zmm31, 1984(%rsp)
vmovups %zmm30, 1920(%rsp)
vmovups %zmm29, 1856(%rsp)
vmovups %zmm28, 1792(%rsp)
vmovups %zmm27, 1728(%rsp)
vmovups %zmm26, 1664(%rsp)
vmovups %zmm25, 1600(%rsp)
vmovups %zmm24, 1536(%rsp)
vmovups %zmm23, 1472(%rsp)
vmovups %zmm22, 1408(%rsp)
vmovups %zmm21, 1344(%rsp)
vmovups %zmm20, 1280(%rsp)
vmovups %zmm19, 1216(%rsp)
vmovups %zmm18, 1152(%rsp)
vmovups %zmm17, 1088(%rsp)
vmovups %zmm16, 1024(%rsp)
vmovups %zmm15, 960(%rsp)
vmovups %zmm14, 896(%rsp)
vmovups %zmm13, 832(%rsp)
vmovups %zmm12, 768(%rsp)
vmovups %zmm11, 704(%rsp)
vmovups %zmm10, 640(%rsp)
vmovups %zmm9, 576(%rsp)
vmovups %zmm8, 512(%rsp)
vmovups %zmm7, 448(%rsp)
vmovups %zmm6, 384(%rsp)
vmovups %zmm5, 320(%rsp)
vmovups %zmm4, 256(%rsp)
vmovups %zmm3, 192(%rsp)
vmovups %zmm2, 128(%rsp)
vmovups %zmm1, 64(%rsp)
vmovups %zmm0, (%rsp)
cld
vzeroupper
callq bar
vmovups (%rsp), %zmm0
vmovups 64(%rsp), %zmm1
vmovups 128(%rsp), %zmm2
vmovups 192(%rsp), %zmm3
vmovups 256(%rsp), %zmm4
vmovups 320(%rsp), %zmm5
vmovups 384(%rsp), %zmm6
vmovups 448(%rsp), %zmm7
vmovups 512(%rsp), %zmm8
vmovups 576(%rsp), %zmm9
vmovups 640(%rsp), %zmm10
vmovups 704(%rsp), %zmm11
vmovups 768(%rsp), %zmm12
vmovups 832(%rsp), %zmm13
vmovups 896(%rsp), %zmm14
vmovups 960(%rsp), %zmm15
vmovups 1024(%rsp), %zmm16
vmovups 1088(%rsp), %zmm17
vmovups 1152(%rsp), %zmm18
vmovups 1216(%rsp), %zmm19
vmovups 1280(%rsp), %zmm20
vmovups 1344(%rsp), %zmm21
vmovups 1408(%rsp), %zmm22
vmovups 1472(%rsp), %zmm23
vmovups 1536(%rsp), %zmm24
vmovups 1600(%rsp), %zmm25
vmovups 1664(%rsp), %zmm26
vmovups 1728(%rsp), %zmm27
vmovups 1792(%rsp), %zmm28
vmovups 1856(%rsp), %zmm29
vmovups 1920(%rsp), %zmm30
vmovups 1984(%rsp), %zmm31
kmovq 2096(%rsp), %k0
kmovq 2104(%rsp), %k1
kmovq 2112(%rsp), %k2
kmovq 2120(%rsp), %k3
kmovq 2128(%rsp), %k4
kmovq 2136(%rsp), %k5
kmovq 2144(%rsp), %k6
kmovq 2152(%rsp), %k7
addq $2160, %rsp
popq %rcx
popq %rdx
popq %rsi
popq %rdi
popq %r8
popq %r9
popq %r10
popq %r11
popq %rax
iretq
