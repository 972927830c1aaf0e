.L1:
.long 0x40400000
h:
subq $24, %rsp
movaps %xmm0, (%rsp)
movss value(%rip), %xmm0
mulss .L1(%rip), %xmm0
movss %xmm0, value(%rip)
movaps (%rsp), %xmm0
addq $24, %rsp
iretq
value:
.long 0x00000000
