# x86-64 error-code handler storing its error code in error_code_seen
# generated: ./iretlab compile --params 2 --body error-code --triple x86_64-unknown-none
# triple: x86_64-unknown-none
# handler: handler:ecode
	.file	"handler"
	.text
	.globl	handler                         # -- Begin function handler
	.p2align	4
	.type	handler,@function
handler:                                # @handler
	.cfi_startproc
# %bb.0:                                # %entry
	pushq	%rax
	pushq	%rax
	.cfi_def_cfa_offset 16
	.cfi_offset %rax, -16
	movq	16(%rsp), %rax
	movq	%rax, error_code_seen(%rip)
	popq	%rax
	.cfi_def_cfa_offset 8
	addq	$16, %rsp
	iretq
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
                                        # -- End function
	.hidden	error_code_seen                 # @error_code_seen
	.type	error_code_seen,@object
	.bss
	.globl	error_code_seen
	.p2align	3, 0x0
error_code_seen:
	.quad	0                               # 0x0
	.size	error_code_seen, 8

	.section	".note.GNU-stack","",@progbits
