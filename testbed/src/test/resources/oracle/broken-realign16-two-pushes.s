# negative control: base-i686-avx-align32-eax.s without stack-realign-32: LLVM realigns to 16 only after pushing EBP and EAX (llvm#225366)
# generated: ./iretlab compile --params 1 --body vector=256:32,clobber=eax --triple i686-unknown-linux-gnu --mattr=+avx
# triple: i686-unknown-linux-gnu
# features: +avx
# handler: handler
# catches: misaligned-stack-access
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
	pushl	%eax
	andl	$-16, %esp
	subl	$96, %esp
	vmovups	%ymm0, -56(%ebp)                # 32-byte Spill
	.cfi_offset %eax, -12
	.cfi_offset %xmm0, -64
	cld
	vxorps	%xmm0, %xmm0, %xmm0
	vcmptrueps	%ymm0, %ymm0, %ymm0
	vmovaps	%ymm0, (%esp)
	vmovaps	(%esp), %ymm0
	vmovaps	%ymm0, (%esp)
	#APP
	#NO_APP
	vmovups	-56(%ebp), %ymm0                # 32-byte Reload
	leal	-4(%ebp), %esp
	popl	%eax
	popl	%ebp
	.cfi_def_cfa %esp, 4
	iretl
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
                                        # -- End function
	.section	".note.GNU-stack","",@progbits
