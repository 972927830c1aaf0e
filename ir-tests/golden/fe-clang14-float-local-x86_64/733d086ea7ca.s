.L1:
.long 0x3f000000
thermal_float:
subq $40, %rsp
movaps %xmm0, 16(%rsp)
movss sensor_celsius(%rip), %xmm0
movss %xmm0, 12(%rsp)
movss 12(%rsp), %xmm0
mulss .L1(%rip), %xmm0
movss %xmm0, scaled_celsius(%rip)
movaps 16(%rsp), %xmm0
addq $40, %rsp
iretq
.L2:
.quad 0x3fe0000000000000
thermal_double:
subq $40, %rsp
movaps %xmm0, 16(%rsp)
movsd sensor_kelvin(%rip), %xmm0
movsd %xmm0, 8(%rsp)
movsd 8(%rsp), %xmm0
mulsd .L2(%rip), %xmm0
movsd %xmm0, scaled_kelvin(%rip)
movaps 16(%rsp), %xmm0
addq $40, %rsp
iretq
sensor_celsius:
.long 0x00000000
scaled_celsius:
.long 0x00000000
sensor_kelvin:
.quad 0x0000000000000000
scaled_kelvin:
.quad 0x0000000000000000
