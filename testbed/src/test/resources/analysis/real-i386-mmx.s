# i386 handler using MMX in inline asm (llvm#26785)
# generated: ./iretlab compile --params 1 --body mmx --triple i386-unknown-none
# triple: i386-unknown-none
# handler: handler
# expect: mmx-state-clobbered x87-state-clobbered
	.file	"handler"
	.text
	.globl	handler                         # -- Begin function handler
	.p2align	4
	.type	handler,@function
handler:                                # @handler
	.cfi_startproc
# %bb.0:                                # %entry
	pushl	%ebp
	.cfi_def_cfa_offset 8
	.cfi_offset %ebp, -8
	movl	%esp, %ebp
	.cfi_def_cfa_register %ebp
	andl	$-16, %esp
	cld
	#APP
	pxor	%mm0, %mm0
	paddd	%mm1, %mm0
	emms
	#NO_APP
	movl	%ebp, %esp
	popl	%ebp
	.cfi_def_cfa %esp, 4
	iretl
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
                                        # -- End function
	.section	".note.GNU-stack","",@progbits
