	.text
	.file	"loop-second.ll"
	.p2align	4, 0x90                         # -- Begin function dead
	.type	.Ldead,@function
.Ldead:                                 # @dead
	.cfi_startproc
# %bb.0:
.Lfunc_end0:
	.size	.Ldead, .Lfunc_end0-.Ldead
	.cfi_endproc
                                        # -- End function
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
	cmpq	$14, 24(%rsp)
	jne	.LBB1_3
# %bb.1:                                # %pf
	#APP
	cli
	#NO_APP
	xorl	%eax, %eax
	movq	counter@GOTPCREL(%rip), %rcx
	.p2align	4, 0x90
.LBB1_2:                                # %loop
                                        # =>This Inner Loop Header: Depth=1
	addl	%eax, (%rcx)
	incl	%eax
	cmpl	$100, %eax
	jne	.LBB1_2
.LBB1_3:                                # %out
	popq	%rcx
	.cfi_def_cfa_offset 16
	popq	%rax
	.cfi_def_cfa_offset 8
	addq	$16, %rsp
	iretq
.Lfunc_end1:
	.size	ec, .Lfunc_end1-ec
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
