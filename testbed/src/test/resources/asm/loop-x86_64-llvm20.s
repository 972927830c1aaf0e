	.file	"loop.ll"
	.text
	.globl	ec
	.p2align	4
	.type	ec,@function
ec:
	.cfi_startproc
	pushq	%rax
	pushq	%rax
	.cfi_def_cfa_offset 16
	pushq	%rcx
	.cfi_def_cfa_offset 24
	.cfi_offset %rcx, -24
	.cfi_offset %rax, -16
	cld
	cmpq	$14, 24(%rsp)
	jne	.LBB0_3
	#APP
	cli
	#NO_APP
	xorl	%eax, %eax
	movq	counter@GOTPCREL(%rip), %rcx
	.p2align	4
.LBB0_2:
	addl	%eax, (%rcx)
	incl	%eax
	cmpl	$100, %eax
	jne	.LBB0_2
.LBB0_3:
	popq	%rcx
	.cfi_def_cfa_offset 16
	popq	%rax
	.cfi_def_cfa_offset 8
	addq	$16, %rsp
	iretq
.Lfunc_end0:
	.size	ec, .Lfunc_end0-ec
	.cfi_endproc

	.type	counter,@object
	.bss
	.globl	counter
	.p2align	2, 0x0
counter:
	.long	0
	.size	counter, 4

	.section	".note.GNU-stack","",@progbits
