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
subq $528, %rsp
vmovups %ymm15, 480(%rsp)
vmovups %ymm14, 448(%rsp)
vmovups %ymm13, 416(%rsp)
vmovups %ymm12, 384(%rsp)
vmovups %ymm11, 352(%rsp)
vmovups %ymm10, 320(%rsp)
vmovups %ymm9, 288(%rsp)
vmovups %ymm8, 256(%rsp)
vmovups %ymm7, 224(%rsp)
vmovups %ymm6, 192(%rsp)
vmovups %ymm5, 160(%rsp)
vmovups %ymm4, 128(%rsp)
vmovups %ymm3, 96(%rsp)
vmovups %ymm2, 64(%rsp)
vmovups %ymm1, 32(%rsp)
vmovups %ymm0, (%rsp)
cld
vzeroupper
callq bar
vmovups (%rsp), %ymm0
vmovups 32(%rsp), %ymm1
vmovups 64(%rsp), %ymm2
vmovups 96(%rsp), %ymm3
vmovups 128(%rsp), %ymm4
vmovups 160(%rsp), %ymm5
vmovups 192(%rsp), %ymm6
vmovups 224(%rsp), %ymm7
vmovups 256(%rsp), %ymm8
vmovups 288(%rsp), %ymm9
vmovups 320(%rsp), %ymm10
vmovups 352(%rsp), %ymm11
vmovups 384(%rsp), %ymm12
vmovups 416(%rsp), %ymm13
vmovups 448(%rsp), %ymm14
vmovups 480(%rsp), %ymm15
addq $528, %rsp
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
