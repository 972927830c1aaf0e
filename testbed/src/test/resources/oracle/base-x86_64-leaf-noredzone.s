# x86-64 leaf handler with a 16-byte local, built noredzone: the local is above RSP
# generated: ./iretlab compile --params 1 --body vector=128:16 --attr noredzone --triple x86_64-unknown-none
# triple: x86_64-unknown-none
# handler: handler
	.file	"handler"
	.text
	.globl	handler                         # -- Begin function handler
	.p2align	4
	.type	handler,@function
handler:                                # @handler
	.cfi_startproc
# %bb.0:                                # %entry
	subq	$40, %rsp
	movdqa	%xmm0, 16(%rsp)                 # 16-byte Spill
	.cfi_def_cfa_offset 48
	.cfi_offset %xmm0, -32
	pcmpeqd	%xmm0, %xmm0
	movdqa	%xmm0, (%rsp)
	movaps	(%rsp), %xmm0
	movaps	%xmm0, (%rsp)
	movaps	16(%rsp), %xmm0                 # 16-byte Reload
	addq	$40, %rsp
	.cfi_def_cfa_offset 8
	iretq
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
                                        # -- End function
	.section	".note.GNU-stack","",@progbits
