	.text
	.file	"noreturn.c"
	.globl	counts                          # -- Begin function counts
	.p2align	4, 0x90
	.type	counts,@function
counts:                                 # @counts
	.cfi_startproc
# %bb.0:
	pushl	%eax
	.cfi_def_cfa_offset 8
	.cfi_offset %eax, -8
	cld
	calll	.L0$pb
	.cfi_adjust_cfa_offset 4
.L0$pb:
	popl	%eax
	.cfi_adjust_cfa_offset -4
.Ltmp0:
	addl	$_GLOBAL_OFFSET_TABLE_+(.Ltmp0-.L0$pb), %eax
	incl	ticks@GOTOFF(%eax)
	popl	%eax
	.cfi_def_cfa_offset 4
	iretl
.Lfunc_end0:
	.size	counts, .Lfunc_end0-counts
	.cfi_endproc
                                        # -- End function
	.globl	halts                           # -- Begin function halts
	.p2align	4, 0x90
	.type	halts,@function
halts:                                  # @halts
	.cfi_startproc
# %bb.0:
	cld
	.p2align	4, 0x90
.LBB1_1:                                # =>This Inner Loop Header: Depth=1
	#APP
	hlt
	#NO_APP
	jmp	.LBB1_1
.Lfunc_end1:
	.size	halts, .Lfunc_end1-halts
	.cfi_endproc
                                        # -- End function
	.globl	spins                           # -- Begin function spins
	.p2align	4, 0x90
	.type	spins,@function
spins:                                  # @spins
	.cfi_startproc
# %bb.0:
	pushl	%eax
	.cfi_def_cfa_offset 8
	.cfi_offset %eax, -8
	cld
	calll	.L2$pb
	.cfi_adjust_cfa_offset 4
.L2$pb:
	popl	%eax
	.cfi_adjust_cfa_offset -4
.Ltmp1:
	addl	$_GLOBAL_OFFSET_TABLE_+(.Ltmp1-.L2$pb), %eax
	.p2align	4, 0x90
.LBB2_1:                                # =>This Inner Loop Header: Depth=1
	incl	ticks@GOTOFF(%eax)
	jmp	.LBB2_1
.Lfunc_end2:
	.size	spins, .Lfunc_end2-spins
	.cfi_endproc
                                        # -- End function
	.globl	panics                          # -- Begin function panics
	.p2align	4, 0x90
	.type	panics,@function
panics:                                 # @panics
	.cfi_startproc
# %bb.0:
	pushl	%edx
	.cfi_def_cfa_offset 8
	pushl	%ecx
	.cfi_def_cfa_offset 12
	pushl	%ebx
	.cfi_def_cfa_offset 16
	pushl	%eax
	.cfi_def_cfa_offset 20
	subl	$12, %esp
	.cfi_def_cfa_offset 32
	.cfi_offset %eax, -20
	.cfi_offset %ebx, -16
	.cfi_offset %ecx, -12
	.cfi_offset %edx, -8
	cld
	calll	.L3$pb
	.cfi_adjust_cfa_offset 4
.L3$pb:
	popl	%ebx
	.cfi_adjust_cfa_offset -4
.Ltmp2:
	addl	$_GLOBAL_OFFSET_TABLE_+(.Ltmp2-.L3$pb), %ebx
	leal	.L.str@GOTOFF(%ebx), %eax
	movl	%eax, (%esp)
	calll	kernel_panic@PLT
.Lfunc_end3:
	.size	panics, .Lfunc_end3-panics
	.cfi_endproc
                                        # -- End function
	.globl	waits                           # -- Begin function waits
	.p2align	4, 0x90
	.type	waits,@function
waits:                                  # @waits
	.cfi_startproc
# %bb.0:
	pushl	%eax
	.cfi_def_cfa_offset 8
	.cfi_offset %eax, -8
	cld
	calll	.L4$pb
	.cfi_adjust_cfa_offset 4
.L4$pb:
	popl	%eax
	.cfi_adjust_cfa_offset -4
.Ltmp3:
	addl	$_GLOBAL_OFFSET_TABLE_+(.Ltmp3-.L4$pb), %eax
	#APP
	hlt
	#NO_APP
	incl	ticks@GOTOFF(%eax)
	popl	%eax
	.cfi_def_cfa_offset 4
	iretl
.Lfunc_end4:
	.size	waits, .Lfunc_end4-waits
	.cfi_endproc
                                        # -- End function
	.globl	double_fault                    # -- Begin function double_fault
	.p2align	4, 0x90
	.type	double_fault,@function
double_fault:                           # @double_fault
	.cfi_startproc
# %bb.0:
	cld
	#APP
	hlt
	#NO_APP
	iretl
.Lfunc_end5:
	.size	double_fault, .Lfunc_end5-double_fault
	.cfi_endproc
                                        # -- End function
	.type	ticks,@object                   # @ticks
	.bss
	.globl	ticks
	.p2align	2, 0x0
ticks:
	.long	0                               # 0x0
	.size	ticks, 4

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"unexpected interrupt"
	.size	.L.str, 21

