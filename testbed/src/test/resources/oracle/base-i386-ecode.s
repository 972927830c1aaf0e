# i386 error-code handler reading its error code
# generated: ./iretlab compile --params 2 --body error-code --triple i386-unknown-none
# triple: i386-unknown-none
# handler: handler:ecode
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
	pushl	%eax
	andl	$-16, %esp
	.cfi_offset %eax, -12
	movl	4(%ebp), %eax
	movl	%eax, error_code_seen
	leal	-4(%ebp), %esp
	popl	%eax
	popl	%ebp
	.cfi_def_cfa %esp, 4
	addl	$4, %esp
	iretl
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
                                        # -- End function
	.hidden	error_code_seen                 # @error_code_seen
	.type	error_code_seen,@object
	.bss
	.globl	error_code_seen
	.p2align	2, 0x0
error_code_seen:
	.long	0                               # 0x0
	.size	error_code_seen, 4

	.section	".note.GNU-stack","",@progbits
