	.text
	.file	"kernel.c"
	.globl	tick                            # -- Begin function tick
	.p2align	4, 0x90
	.type	tick,@function
tick:                                   # @tick
# %bb.0:
	pushl	%edx
	pushl	%ecx
	pushl	%ebx
	pushl	%eax
	subl	$12, %esp
	cld
	calll	.L0$pb
.L0$pb:
	popl	%ebx
.Ltmp0:
	addl	$_GLOBAL_OFFSET_TABLE_+(.Ltmp0-.L0$pb), %ebx
	calll	bump
	addl	$12, %esp
	popl	%eax
	popl	%ebx
	popl	%ecx
	popl	%edx
	iretl
.Lfunc_end0:
	.size	tick, .Lfunc_end0-tick
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function bump
	.type	bump,@function
bump:                                   # @bump
# %bb.0:
	calll	.L1$pb
.L1$pb:
	popl	%eax
.Ltmp1:
	addl	$_GLOBAL_OFFSET_TABLE_+(.Ltmp1-.L1$pb), %eax
	addl	$3, ticks@GOTOFF(%eax)
	retl
.Lfunc_end1:
	.size	bump, .Lfunc_end1-bump
                                        # -- End function
	.globl	halts                           # -- Begin function halts
	.p2align	4, 0x90
	.type	halts,@function
halts:                                  # @halts
# %bb.0:
	cld
	.p2align	4, 0x90
.LBB2_1:                                # =>This Inner Loop Header: Depth=1
	#APP
	hlt
	#NO_APP
	jmp	.LBB2_1
.Lfunc_end2:
	.size	halts, .Lfunc_end2-halts
                                        # -- End function
	.globl	_start                          # -- Begin function _start
	.p2align	4, 0x90
	.type	_start,@function
_start:                                 # @_start
# %bb.0:
	.p2align	4, 0x90
.LBB3_1:                                # =>This Inner Loop Header: Depth=1
	#APP
	hlt
	#NO_APP
	jmp	.LBB3_1
.Lfunc_end3:
	.size	_start, .Lfunc_end3-_start
                                        # -- End function
	.type	ticks,@object                   # @ticks
	.bss
	.globl	ticks
	.p2align	2, 0x0
ticks:
	.long	0                               # 0x0
	.size	ticks, 4

