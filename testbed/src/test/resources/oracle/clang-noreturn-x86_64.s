	.text
	.file	"noreturn.c"
	.globl	counts                          # -- Begin function counts
	.p2align	4, 0x90
	.type	counts,@function
counts:                                 # @counts
	.cfi_startproc
# %bb.0:
	cld
	incl	ticks(%rip)
	iretq
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
	cld
	.p2align	4, 0x90
.LBB2_1:                                # =>This Inner Loop Header: Depth=1
	incl	ticks(%rip)
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
	pushq	%r11
	.cfi_def_cfa_offset 16
	pushq	%r10
	.cfi_def_cfa_offset 24
	pushq	%r9
	.cfi_def_cfa_offset 32
	pushq	%r8
	.cfi_def_cfa_offset 40
	pushq	%rdi
	.cfi_def_cfa_offset 48
	pushq	%rsi
	.cfi_def_cfa_offset 56
	pushq	%rdx
	.cfi_def_cfa_offset 64
	pushq	%rcx
	.cfi_def_cfa_offset 72
	pushq	%rax
	.cfi_def_cfa_offset 80
	.cfi_offset %rax, -80
	.cfi_offset %rcx, -72
	.cfi_offset %rdx, -64
	.cfi_offset %rsi, -56
	.cfi_offset %rdi, -48
	.cfi_offset %r8, -40
	.cfi_offset %r9, -32
	.cfi_offset %r10, -24
	.cfi_offset %r11, -16
	cld
	leaq	.L.str(%rip), %rdi
	callq	kernel_panic@PLT
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
	cld
	#APP
	hlt
	#NO_APP
	incl	ticks(%rip)
	iretq
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
	iretq
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

