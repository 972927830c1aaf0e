# x86-64 AVX local aligned to 32: realigned to 32
# generated: ./iretlab compile --params 1 --body vector=256:32 --triple x86_64-unknown-none --mattr=+avx
# triple: x86_64-unknown-none
# features: +avx
# handler: handler
# expect: none
	.file	"handler"
	.text
	.globl	handler                         # -- Begin function handler
	.p2align	4
	.type	handler,@function
handler:                                # @handler
	.cfi_startproc
# %bb.0:                                # %entry
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	andq	$-32, %rsp
	subq	$96, %rsp
	vmovups	%ymm0, -48(%rbp)                # 32-byte Spill
	vxorps	%xmm0, %xmm0, %xmm0
	vcmptrueps	%ymm0, %ymm0, %ymm0
	vmovaps	%ymm0, (%rsp)
	vmovaps	(%rsp), %ymm0
	vmovaps	%ymm0, (%rsp)
	vmovups	-48(%rbp), %ymm0                # 32-byte Reload
	movq	%rbp, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	iretq
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
                                        # -- End function
	.section	".note.GNU-stack","",@progbits
