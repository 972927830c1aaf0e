sample_sensor:
pushq %rax
pushq %rcx
subq $56, %rsp
movaps %xmm2, 32(%rsp)
movaps %xmm1, 16(%rsp)
movaps %xmm0, (%rsp)
cld
movq samples(%rip), %rax
incq %rax
movq %rax, samples(%rip)
movss sensor(%rip), %xmm0
movss mean(%rip), %xmm1
subss %xmm1, %xmm0
js .L1
xorps %xmm2, %xmm2
cvtsi2ss %rax, %xmm2
jmp .L2
.L1:
movq %rax, %rcx
shrq %rcx
andl $1, %eax
orq %rcx, %rax
xorps %xmm2, %xmm2
cvtsi2ss %rax, %xmm2
addss %xmm2, %xmm2
.L2:
divss %xmm2, %xmm0
addss %xmm0, %xmm1
movss %xmm1, mean(%rip)
movaps (%rsp), %xmm0
movaps 16(%rsp), %xmm1
movaps 32(%rsp), %xmm2
addq $56, %rsp
popq %rcx
popq %rax
iretq
samples:
.quad 0
mean:
.long 0x00000000
