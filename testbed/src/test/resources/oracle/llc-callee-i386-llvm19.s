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
	pushl	%ebp
	.cfi_def_cfa_offset 8
	.cfi_offset %ebp, -8
	movl	%esp, %ebp
	.cfi_def_cfa_register %ebp
	pushl	%edx
	pushl	%ecx
	pushl	%eax
	andl	$-16, %esp
	subl	$16, %esp
	.cfi_offset %eax, -20
	.cfi_offset %ecx, -16
	.cfi_offset %edx, -12
	cld
	movl	$3, (%esp)
	calll	count
	leal	-12(%ebp), %esp
	popl	%eax
	popl	%ecx
	popl	%edx
	popl	%ebp
	.cfi_def_cfa %esp, 4
	iretl
.Lfunc_end1:
	.size	handler, .Lfunc_end1-handler
	.cfi_endproc
                                        # -- End function
	.type	ticks,@object                   # @ticks
	.bss
	.globl	ticks
	.p2align	2, 0x0
ticks:
	.long	0                               # 0x0
	.size	ticks, 4

