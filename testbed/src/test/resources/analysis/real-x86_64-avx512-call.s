# x86-64 AVX-512 handler with a call: zmm0-31 and k0-7 saved and restored
# generated: ./iretlab compile --params 1 --body call --triple x86_64-unknown-none --mattr=+avx512f
# triple: x86_64-unknown-none
# features: +avx512f
# handler: handler
# expect: x87-state-clobbered mmx-state-clobbered mxcsr-clobbered
	.file	"handler"
	.text
	.globl	handler                         # -- Begin function handler
	.p2align	4
	.type	handler,@function
handler:                                # @handler
	.cfi_startproc
# %bb.0:                                # %entry
	pushq	%rax
	.cfi_def_cfa_offset 16
	pushq	%r11
	.cfi_def_cfa_offset 24
	pushq	%r10
	.cfi_def_cfa_offset 32
	pushq	%r9
	.cfi_def_cfa_offset 40
	pushq	%r8
	.cfi_def_cfa_offset 48
	pushq	%rdi
	.cfi_def_cfa_offset 56
	pushq	%rsi
	.cfi_def_cfa_offset 64
	pushq	%rdx
	.cfi_def_cfa_offset 72
	pushq	%rcx
	.cfi_def_cfa_offset 80
	subq	$2096, %rsp                     # imm = 0x830
	kmovw	%k7, 2094(%rsp)                 # 2-byte Spill
	kmovw	%k6, 2092(%rsp)                 # 2-byte Spill
	kmovw	%k5, 2090(%rsp)                 # 2-byte Spill
	kmovw	%k4, 2088(%rsp)                 # 2-byte Spill
	kmovw	%k3, 2086(%rsp)                 # 2-byte Spill
	kmovw	%k2, 2084(%rsp)                 # 2-byte Spill
	kmovw	%k1, 2082(%rsp)                 # 2-byte Spill
	kmovw	%k0, 2080(%rsp)                 # 2-byte Spill
	vmovups	%zmm31, 1984(%rsp)              # 64-byte Spill
	vmovups	%zmm30, 1920(%rsp)              # 64-byte Spill
	vmovups	%zmm29, 1856(%rsp)              # 64-byte Spill
	vmovups	%zmm28, 1792(%rsp)              # 64-byte Spill
	vmovups	%zmm27, 1728(%rsp)              # 64-byte Spill
	vmovups	%zmm26, 1664(%rsp)              # 64-byte Spill
	vmovups	%zmm25, 1600(%rsp)              # 64-byte Spill
	vmovups	%zmm24, 1536(%rsp)              # 64-byte Spill
	vmovups	%zmm23, 1472(%rsp)              # 64-byte Spill
	vmovups	%zmm22, 1408(%rsp)              # 64-byte Spill
	vmovups	%zmm21, 1344(%rsp)              # 64-byte Spill
	vmovups	%zmm20, 1280(%rsp)              # 64-byte Spill
	vmovups	%zmm19, 1216(%rsp)              # 64-byte Spill
	vmovups	%zmm18, 1152(%rsp)              # 64-byte Spill
	vmovups	%zmm17, 1088(%rsp)              # 64-byte Spill
	vmovups	%zmm16, 1024(%rsp)              # 64-byte Spill
	vmovups	%zmm15, 960(%rsp)               # 64-byte Spill
	vmovups	%zmm14, 896(%rsp)               # 64-byte Spill
	vmovups	%zmm13, 832(%rsp)               # 64-byte Spill
	vmovups	%zmm12, 768(%rsp)               # 64-byte Spill
	vmovups	%zmm11, 704(%rsp)               # 64-byte Spill
	vmovups	%zmm10, 640(%rsp)               # 64-byte Spill
	vmovups	%zmm9, 576(%rsp)                # 64-byte Spill
	vmovups	%zmm8, 512(%rsp)                # 64-byte Spill
	vmovups	%zmm7, 448(%rsp)                # 64-byte Spill
	vmovups	%zmm6, 384(%rsp)                # 64-byte Spill
	vmovups	%zmm5, 320(%rsp)                # 64-byte Spill
	vmovups	%zmm4, 256(%rsp)                # 64-byte Spill
	vmovups	%zmm3, 192(%rsp)                # 64-byte Spill
	vmovups	%zmm2, 128(%rsp)                # 64-byte Spill
	vmovups	%zmm1, 64(%rsp)                 # 64-byte Spill
	vmovups	%zmm0, (%rsp)                   # 64-byte Spill
	.cfi_def_cfa_offset 2176
	.cfi_offset %rcx, -80
	.cfi_offset %rdx, -72
	.cfi_offset %rsi, -64
	.cfi_offset %rdi, -56
	.cfi_offset %r8, -48
	.cfi_offset %r9, -40
	.cfi_offset %r10, -32
	.cfi_offset %r11, -24
	.cfi_offset %rax, -16
	.cfi_offset %xmm0, -2176
	.cfi_offset %xmm1, -2112
	.cfi_offset %xmm2, -2048
	.cfi_offset %xmm3, -1984
	.cfi_offset %xmm4, -1920
	.cfi_offset %xmm5, -1856
	.cfi_offset %xmm6, -1792
	.cfi_offset %xmm7, -1728
	.cfi_offset %xmm8, -1664
	.cfi_offset %xmm9, -1600
	.cfi_offset %xmm10, -1536
	.cfi_offset %xmm11, -1472
	.cfi_offset %xmm12, -1408
	.cfi_offset %xmm13, -1344
	.cfi_offset %xmm14, -1280
	.cfi_offset %xmm15, -1216
	.cfi_offset %xmm16, -1152
	.cfi_offset %xmm17, -1088
	.cfi_offset %xmm18, -1024
	.cfi_offset %xmm19, -960
	.cfi_offset %xmm20, -896
	.cfi_offset %xmm21, -832
	.cfi_offset %xmm22, -768
	.cfi_offset %xmm23, -704
	.cfi_offset %xmm24, -640
	.cfi_offset %xmm25, -576
	.cfi_offset %xmm26, -512
	.cfi_offset %xmm27, -448
	.cfi_offset %xmm28, -384
	.cfi_offset %xmm29, -320
	.cfi_offset %xmm30, -256
	.cfi_offset %xmm31, -192
	.cfi_offset %k0, -96
	.cfi_offset %k1, -94
	.cfi_offset %k2, -92
	.cfi_offset %k3, -90
	.cfi_offset %k4, -88
	.cfi_offset %k5, -86
	.cfi_offset %k6, -84
	.cfi_offset %k7, -82
	cld
	vzeroupper
	callq	ext
	vmovups	(%rsp), %zmm0                   # 64-byte Reload
	vmovups	64(%rsp), %zmm1                 # 64-byte Reload
	vmovups	128(%rsp), %zmm2                # 64-byte Reload
	vmovups	192(%rsp), %zmm3                # 64-byte Reload
	vmovups	256(%rsp), %zmm4                # 64-byte Reload
	vmovups	320(%rsp), %zmm5                # 64-byte Reload
	vmovups	384(%rsp), %zmm6                # 64-byte Reload
	vmovups	448(%rsp), %zmm7                # 64-byte Reload
	vmovups	512(%rsp), %zmm8                # 64-byte Reload
	vmovups	576(%rsp), %zmm9                # 64-byte Reload
	vmovups	640(%rsp), %zmm10               # 64-byte Reload
	vmovups	704(%rsp), %zmm11               # 64-byte Reload
	vmovups	768(%rsp), %zmm12               # 64-byte Reload
	vmovups	832(%rsp), %zmm13               # 64-byte Reload
	vmovups	896(%rsp), %zmm14               # 64-byte Reload
	vmovups	960(%rsp), %zmm15               # 64-byte Reload
	vmovups	1024(%rsp), %zmm16              # 64-byte Reload
	vmovups	1088(%rsp), %zmm17              # 64-byte Reload
	vmovups	1152(%rsp), %zmm18              # 64-byte Reload
	vmovups	1216(%rsp), %zmm19              # 64-byte Reload
	vmovups	1280(%rsp), %zmm20              # 64-byte Reload
	vmovups	1344(%rsp), %zmm21              # 64-byte Reload
	vmovups	1408(%rsp), %zmm22              # 64-byte Reload
	vmovups	1472(%rsp), %zmm23              # 64-byte Reload
	vmovups	1536(%rsp), %zmm24              # 64-byte Reload
	vmovups	1600(%rsp), %zmm25              # 64-byte Reload
	vmovups	1664(%rsp), %zmm26              # 64-byte Reload
	vmovups	1728(%rsp), %zmm27              # 64-byte Reload
	vmovups	1792(%rsp), %zmm28              # 64-byte Reload
	vmovups	1856(%rsp), %zmm29              # 64-byte Reload
	vmovups	1920(%rsp), %zmm30              # 64-byte Reload
	vmovups	1984(%rsp), %zmm31              # 64-byte Reload
	kmovw	2080(%rsp), %k0                 # 2-byte Reload
	kmovw	2082(%rsp), %k1                 # 2-byte Reload
	kmovw	2084(%rsp), %k2                 # 2-byte Reload
	kmovw	2086(%rsp), %k3                 # 2-byte Reload
	kmovw	2088(%rsp), %k4                 # 2-byte Reload
	kmovw	2090(%rsp), %k5                 # 2-byte Reload
	kmovw	2092(%rsp), %k6                 # 2-byte Reload
	kmovw	2094(%rsp), %k7                 # 2-byte Reload
	addq	$2096, %rsp                     # imm = 0x830
	.cfi_def_cfa_offset 80
	popq	%rcx
	.cfi_def_cfa_offset 72
	popq	%rdx
	.cfi_def_cfa_offset 64
	popq	%rsi
	.cfi_def_cfa_offset 56
	popq	%rdi
	.cfi_def_cfa_offset 48
	popq	%r8
	.cfi_def_cfa_offset 40
	popq	%r9
	.cfi_def_cfa_offset 32
	popq	%r10
	.cfi_def_cfa_offset 24
	popq	%r11
	.cfi_def_cfa_offset 16
	popq	%rax
	.cfi_def_cfa_offset 8
	iretq
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
                                        # -- End function
	.hidden	ext
	.section	".note.GNU-stack","",@progbits
