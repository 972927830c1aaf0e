	.text
	.file	"loop-cmp13.ll"
	.globl	ec                              # -- Begin function ec
	.p2align	4, 0x90
	.type	ec,@function
ec:                                     # @ec
	.cfi_startproc
# %bb.0:                                # %entry
	pushq	%rax
	pushq	%rax
	.cfi_def_cfa_offset 16
	pushq	%rcx
	.cfi_def_cfa_offset 24
	.cfi_offset %rcx, -24
	.cfi_offset %rax, -16
	cld
	cmpq	$13, 24(%rsp)
	jne	.LBB0_3
# %bb.1:                                # %pf
	#APP
	cli
	#NO_APP
	xorl	%eax, %eax
	movq	counter@GOTPCREL(%rip), %rcx
	.p2align	4, 0x90
.LBB0_2:                                # %loop
                                        # =>This Inner Loop Header: Depth=1
	addl	%eax, (%rcx)
	incl	%eax
	cmpl	$100, %eax
	jne	.LBB0_2
.LBB0_3:                                # %out
	popq	%rcx
	.cfi_def_cfa_offset 16
	popq	%rax
	.cfi_def_cfa_offset 8
	addq	$16, %rsp
	iretq
.Lfunc_end0:
	.size	ec, .Lfunc_end0-ec
	.cfi_endproc
                                        # -- End function
	.type	counter,@object                 # @counter
	.bss
	.globl	counter
	.p2align	2
counter:
	.long	0                               # 0x0
	.size	counter, 4

	.section	".note.GNU-stack","",@progbits
