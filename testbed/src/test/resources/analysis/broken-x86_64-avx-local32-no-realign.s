# negative control: real-x86_64-avx-local32.s with the realignment removed
# triple: x86_64-unknown-none
# features: +avx
# handler: handler
# expect: misaligned-stack-access
	.file	"handler"
	.text
	.globl	handler                         # -- Begin function handler
	.p2align	4
	.type	handler,@function
handler:                                # @handler
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
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
