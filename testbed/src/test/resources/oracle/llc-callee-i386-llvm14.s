	.text
	.file	"in-module-callee.ll"
	.p2align	4, 0x90                         # -- Begin function count
	.type	count,@function
count:                                  # @count
	.cfi_startproc
# %bb.0:
	movl	4(%esp), %eax
	addl	%eax, ticks
	retl
.Lfunc_end0:
	.size	count, .Lfunc_end0-count
	.cfi_endproc
                                        # -- End function
	.globl	handler                         # -- Begin function handler
	.p2align	4, 0x90
	.type	handler,@function
handler:                                # @handler
	.cfi_startproc
# %bb.0:
	pushl	%edx
	.cfi_def_cfa_offset 8
	pushl	%ecx
	.cfi_def_cfa_offset 12
	pushl	%eax
	.cfi_def_cfa_offset 16
	subl	$16, %esp
	.cfi_def_cfa_offset 32
	.cfi_offset %eax, -16
	.cfi_offset %ecx, -12
	.cfi_offset %edx, -8
	cld
	movl	$3, (%esp)
	calll	count
	addl	$16, %esp
	.cfi_def_cfa_offset 16
	popl	%eax
	.cfi_def_cfa_offset 12
	popl	%ecx
	.cfi_def_cfa_offset 8
	popl	%edx
	.cfi_def_cfa_offset 4
	iretl
.Lfunc_end1:
	.size	handler, .Lfunc_end1-handler
	.cfi_endproc
                                        # -- End function
	.type	ticks,@object                   # @ticks
	.bss
	.globl	ticks
	.p2align	2
ticks:
	.long	0                               # 0x0
	.size	ticks, 4

