# DS and ES loaded and not restored
# generated: clang-19 --target=i686-unknown-none -O2 -mgeneral-regs-only -S c/segment-clobbered.c
# triple: i686-unknown-none
# handler: handler
# expect: segment-clobbered
	.text
	.file	"segment-clobbered.c"
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
	pushl	%eax
	andl	$-16, %esp
	.cfi_offset %eax, -12
	cld
	movl	$16, %eax
	#APP
	movl	%eax, %ds
	movl	%eax, %es
	#NO_APP
	incl	counter
	leal	-4(%ebp), %esp
	popl	%eax
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
