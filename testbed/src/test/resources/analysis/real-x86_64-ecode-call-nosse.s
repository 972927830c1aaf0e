# x86-64 error-code handler with a call (llvm#224029): one push too many
# generated: ./iretlab compile --params 2 --body call --triple x86_64-unknown-none --mattr=-sse
# triple: x86_64-unknown-none
# features: -sse
# handler: handler:ecode
# expect: misaligned-call-site x87-state-clobbered mmx-state-clobbered
	.file	"handler"
	.text
	.globl	handler                         # -- Begin function handler
	.p2align	4
	.type	handler,@function
handler:                                # @handler
	.cfi_startproc
# %bb.0:                                # %entry
	pushq	%rax
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
	pushq	%rax
	.cfi_def_cfa_offset 88
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
	callq	ext
	addq	$8, %rsp
	.cfi_def_cfa_offset 80
	popq	%rax
	.cfi_def_cfa_offset 72
	popq	%rcx
	.cfi_def_cfa_offset 64
	popq	%rdx
	.cfi_def_cfa_offset 56
	popq	%rsi
	.cfi_def_cfa_offset 48
	popq	%rdi
	.cfi_def_cfa_offset 40
	popq	%r8
	.cfi_def_cfa_offset 32
	popq	%r9
	.cfi_def_cfa_offset 24
	popq	%r10
	.cfi_def_cfa_offset 16
	popq	%r11
	.cfi_def_cfa_offset 8
	addq	$16, %rsp
	iretq
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
                                        # -- End function
	.hidden	ext
	.section	".note.GNU-stack","",@progbits
