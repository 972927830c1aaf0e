# negative control: base-i686-segment-restored.s with the mov that restores DS removed
# triple: i686-unknown-none
# handler: handler
# catches: segment-clobbered
	.text
	.file	"segment-restored.c"
	.globl	handler                         # -- Begin function handler
	.p2align	4, 0x90
	.type	handler,@function
handler:                                # @handler
	.cfi_startproc
	pushl	%ebp
	.cfi_def_cfa_offset 8
	.cfi_offset %ebp, -8
	movl	%esp, %ebp
	.cfi_def_cfa_register %ebp
	pushl	%edx
	pushl	%ecx
	pushl	%eax
	andl	$-16, %esp
	.cfi_offset %eax, -20
	.cfi_offset %ecx, -16
	.cfi_offset %edx, -12
	cld
	#APP
	movw	%ds, %ax
	#NO_APP
	#APP
	movw	%es, %cx
	#NO_APP
	movl	$16, %edx
	#APP
	movl	%edx, %ds
	movl	%edx, %es
	#NO_APP
	incl	counter
	#APP
	pushl	%fs
	pushl	%gs
	movl	%edx, %fs
	movl	%edx, %gs
	popl	%gs
	popl	%fs
	#NO_APP
	#APP
	movl	%ecx, %es
	#NO_APP
	#APP
	#NO_APP
	leal	-12(%ebp), %esp
	popl	%eax
	popl	%ecx
	popl	%edx
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
