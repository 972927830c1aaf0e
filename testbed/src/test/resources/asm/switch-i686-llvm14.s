	.text
	.file	"switch.ll"
	.globl	sw                              # -- Begin function sw
	.p2align	4, 0x90
	.type	sw,@function
sw:                                     # @sw
	.cfi_startproc
# %bb.0:                                # %entry
	pushl	%edx
	.cfi_def_cfa_offset 8
	pushl	%ecx
	.cfi_def_cfa_offset 12
	pushl	%eax
	.cfi_def_cfa_offset 16
	.cfi_offset %eax, -16
	.cfi_offset %ecx, -12
	.cfi_offset %edx, -8
	cld
	movl	12(%esp), %eax
	cmpl	$4, %eax
	ja	.LBB0_7
# %bb.1:                                # %entry
	jmpl	*.LJTI0_0(,%eax,4)
.LBB0_2:                                # %a
	movl	$10, counter
	movl	$.L.str, last
	jmp	.LBB0_7
.LBB0_3:                                # %b
	movl	$21, counter
	jmp	.LBB0_7
.LBB0_4:                                # %c
	movl	$32, counter
	jmp	.LBB0_7
.LBB0_5:                                # %d
	movl	$43, counter
	jmp	.LBB0_7
.LBB0_6:                                # %e
	movl	$54, counter
.LBB0_7:                                # %def
	calll	bar@PLT
	popl	%eax
	.cfi_def_cfa_offset 12
	popl	%ecx
	.cfi_def_cfa_offset 8
	popl	%edx
	.cfi_def_cfa_offset 4
	addl	$4, %esp
	iretl
.Lfunc_end0:
	.size	sw, .Lfunc_end0-sw
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI0_0:
	.long	.LBB0_2
	.long	.LBB0_3
	.long	.LBB0_4
	.long	.LBB0_5
	.long	.LBB0_6
                                        # -- End function
	.type	counter,@object                 # @counter
	.bss
	.globl	counter
	.p2align	2
counter:
	.long	0                               # 0x0
	.size	counter, 4

	.type	last,@object                    # @last
	.globl	last
	.p2align	2
last:
	.long	0
	.size	last, 4

	.type	.L.str,@object                  # @.str
	.section	.rodata,"a",@progbits
.L.str:
	.asciz	"vec #14:  pf"
	.size	.L.str, 13

	.section	".note.GNU-stack","",@progbits
