# x86-64 handler doing SSE float arithmetic; xmm0 spilled below RSP
# generated: ./iretlab compile --params 1 --body float --triple x86_64-unknown-none
# triple: x86_64-unknown-none
# handler: handler
# expect: mxcsr-clobbered fp-env-inherited red-zone-use
	.file	"handler"
	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0                          # -- Begin function handler
.LCPI0_0:
	.long	0x40400000                      # float 3
.LCPI0_1:
	.long	0x3f800000                      # float 1
	.text
	.globl	handler
	.p2align	4
	.type	handler,@function
handler:                                # @handler
	.cfi_startproc
# %bb.0:                                # %entry
	movaps	%xmm0, -24(%rsp)                # 16-byte Spill
	movss	float_value(%rip), %xmm0        # xmm0 = mem[0],zero,zero,zero
	mulss	.LCPI0_0(%rip), %xmm0
	addss	.LCPI0_1(%rip), %xmm0
	movss	%xmm0, float_value(%rip)
	movaps	-24(%rsp), %xmm0                # 16-byte Reload
	iretq
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
                                        # -- End function
	.hidden	float_value                     # @float_value
	.type	float_value,@object
	.bss
	.globl	float_value
	.p2align	2, 0x0
float_value:
	.long	0x00000000                      # float 0
	.size	float_value, 4

	.section	".note.GNU-stack","",@progbits
