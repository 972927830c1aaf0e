# negative control: base-x86_64-avx-call.s with ymm5 reloaded as xmm5: the VEX load zeroes its upper half
# triple: x86_64-unknown-none
# features: +avx
# handler: handler
# catches: vector-clobbered
	.file	"handler"
	.text
	.globl	handler                         # -- Begin function handler
	.p2align	4
	.type	handler,@function
handler:                                # @handler
	.cfi_startproc
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
	subq	$528, %rsp                      # imm = 0x210
	vmovups	%ymm15, 480(%rsp)               # 32-byte Spill
	vmovups	%ymm14, 448(%rsp)               # 32-byte Spill
	vmovups	%ymm13, 416(%rsp)               # 32-byte Spill
	vmovups	%ymm12, 384(%rsp)               # 32-byte Spill
	vmovups	%ymm11, 352(%rsp)               # 32-byte Spill
	vmovups	%ymm10, 320(%rsp)               # 32-byte Spill
	vmovups	%ymm9, 288(%rsp)                # 32-byte Spill
	vmovups	%ymm8, 256(%rsp)                # 32-byte Spill
	vmovups	%ymm7, 224(%rsp)                # 32-byte Spill
	vmovups	%ymm6, 192(%rsp)                # 32-byte Spill
	vmovups	%ymm5, 160(%rsp)                # 32-byte Spill
	vmovups	%ymm4, 128(%rsp)                # 32-byte Spill
	vmovups	%ymm3, 96(%rsp)                 # 32-byte Spill
	vmovups	%ymm2, 64(%rsp)                 # 32-byte Spill
	vmovups	%ymm1, 32(%rsp)                 # 32-byte Spill
	vmovups	%ymm0, (%rsp)                   # 32-byte Spill
	.cfi_def_cfa_offset 608
	.cfi_offset %rcx, -80
	.cfi_offset %rdx, -72
	.cfi_offset %rsi, -64
	.cfi_offset %rdi, -56
	.cfi_offset %r8, -48
	.cfi_offset %r9, -40
	.cfi_offset %r10, -32
	.cfi_offset %r11, -24
	.cfi_offset %rax, -16
	.cfi_offset %xmm0, -608
	.cfi_offset %xmm1, -576
	.cfi_offset %xmm2, -544
	.cfi_offset %xmm3, -512
	.cfi_offset %xmm4, -480
	.cfi_offset %xmm5, -448
	.cfi_offset %xmm6, -416
	.cfi_offset %xmm7, -384
	.cfi_offset %xmm8, -352
	.cfi_offset %xmm9, -320
	.cfi_offset %xmm10, -288
	.cfi_offset %xmm11, -256
	.cfi_offset %xmm12, -224
	.cfi_offset %xmm13, -192
	.cfi_offset %xmm14, -160
	.cfi_offset %xmm15, -128
	cld
	vzeroupper
	callq	ext
	vmovups	(%rsp), %ymm0                   # 32-byte Reload
	vmovups	32(%rsp), %ymm1                 # 32-byte Reload
	vmovups	64(%rsp), %ymm2                 # 32-byte Reload
	vmovups	96(%rsp), %ymm3                 # 32-byte Reload
	vmovups	128(%rsp), %ymm4                # 32-byte Reload
	vmovups	160(%rsp), %xmm5                # 32-byte Reload
	vmovups	192(%rsp), %ymm6                # 32-byte Reload
	vmovups	224(%rsp), %ymm7                # 32-byte Reload
	vmovups	256(%rsp), %ymm8                # 32-byte Reload
	vmovups	288(%rsp), %ymm9                # 32-byte Reload
	vmovups	320(%rsp), %ymm10               # 32-byte Reload
	vmovups	352(%rsp), %ymm11               # 32-byte Reload
	vmovups	384(%rsp), %ymm12               # 32-byte Reload
	vmovups	416(%rsp), %ymm13               # 32-byte Reload
	vmovups	448(%rsp), %ymm14               # 32-byte Reload
	vmovups	480(%rsp), %ymm15               # 32-byte Reload
	addq	$528, %rsp                      # imm = 0x210
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
