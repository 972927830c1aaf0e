# i386 AVX local aligned to 32 (llvm#225366): realigned only to 16, then vmovaps
# generated: ./iretlab compile --params 1 --body vector=256:32 --triple i386-unknown-none --mattr=+avx
# triple: i386-unknown-none
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
# %bb.0:                                # %entry
	pushl	%ebp
	.cfi_def_cfa_offset 8
	.cfi_offset %ebp, -8
	movl	%esp, %ebp
	.cfi_def_cfa_register %ebp
	andl	$-16, %esp
	subl	$96, %esp
	vmovups	%ymm0, -56(%ebp)                # 32-byte Spill
	vxorps	%xmm0, %xmm0, %xmm0
	vcmptrueps	%ymm0, %ymm0, %ymm0
	vmovaps	%ymm0, (%esp)
	vmovaps	(%esp), %ymm0
	vmovaps	%ymm0, (%esp)
	vmovups	-56(%ebp), %ymm0                # 32-byte Reload
	movl	%ebp, %esp
	popl	%ebp
	.cfi_def_cfa %esp, 4
	iretl
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
                                        # -- End function
	.section	".note.GNU-stack","",@progbits
