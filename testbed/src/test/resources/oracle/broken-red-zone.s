# negative control: base-x86_64-leaf-noredzone.s without noredzone: LLVM keeps the local below RSP
# generated: ./iretlab compile --params 1 --body vector=128:16 --triple x86_64-unknown-none
# triple: x86_64-unknown-none
# handler: handler
# catches: stack-below-sp-use
	.file	"handler"
	.text
	.globl	handler                         # -- Begin function handler
	.p2align	4
	.type	handler,@function
handler:                                # @handler
	.cfi_startproc
# %bb.0:                                # %entry
	movdqa	%xmm0, -24(%rsp)                # 16-byte Spill
	pcmpeqd	%xmm0, %xmm0
	movdqa	%xmm0, -40(%rsp)
	movaps	-40(%rsp), %xmm0
	movaps	%xmm0, -40(%rsp)
	movaps	-24(%rsp), %xmm0                # 16-byte Reload
	iretq
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
                                        # -- End function
	.section	".note.GNU-stack","",@progbits
