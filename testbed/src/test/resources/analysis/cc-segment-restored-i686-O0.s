# the same at -O0: the selectors go through stack slots
# generated: clang-19 --target=i686-unknown-none -O0 -mgeneral-regs-only -S c/segment-restored.c
# triple: i686-unknown-none
# handler: handler
# expect: none
	.text
	.file	"segment-restored.c"
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
	pushl	%ecx
	pushl	%eax
	andl	$-16, %esp
	subl	$16, %esp
	.cfi_offset %eax, -16
	.cfi_offset %ecx, -12
	cld
	leal	4(%ebp), %eax
	movl	%eax, 4(%esp)
	#APP
	movw	%ds, %ax
	#NO_APP
	movw	%ax, 2(%esp)
	#APP
	movw	%es, %ax
	#NO_APP
	movw	%ax, (%esp)
	movl	$16, %eax
	movl	%eax, %ecx
	#APP
	movl	%ecx, %ds
	movl	%ecx, %es
	#NO_APP
	movl	counter, %ecx
	incl	%ecx
	movl	%ecx, counter
	#APP
	pushl	%fs
	pushl	%gs
	movl	%eax, %fs
	movl	%eax, %gs
	popl	%gs
	popl	%fs
	#NO_APP
	movw	(%esp), %ax
	#APP
	movl	%eax, %es
	#NO_APP
	movw	2(%esp), %ax
	#APP
	movl	%eax, %ds
	#NO_APP
	leal	-8(%ebp), %esp
	popl	%eax
	popl	%ecx
	popl	%ebp
	.cfi_def_cfa %esp, 4
	iretl
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
                                        # -- End function
	.type	counter,@object                 # @counter
	.bss
	.globl	counter
	.p2align	2, 0x0
counter:
	.long	0                               # 0x0
	.size	counter, 4

	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym handler
	.addrsig_sym counter
