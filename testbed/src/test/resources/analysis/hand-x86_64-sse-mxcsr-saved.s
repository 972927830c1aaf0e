# Hand-written: SSE float arithmetic done right. xmm0 spilled to an aligned slot, MXCSR saved with
# stmxcsr, its own MXCSR loaded, the interrupted code's reloaded before iretq.
# triple: x86_64-unknown-none
# handler: handler
# expect: none
	.text
	.globl	handler
	.type	handler,@function
handler:
	subq	$40, %rsp
	movaps	%xmm0, 16(%rsp)
	stmxcsr	8(%rsp)
	ldmxcsr	own_mxcsr(%rip)
	movss	value(%rip), %xmm0
	addss	%xmm0, %xmm0
	movss	%xmm0, value(%rip)
	ldmxcsr	8(%rsp)
	movaps	16(%rsp), %xmm0
	addq	$40, %rsp
	iretq
	.size	handler, .-handler
	.data
own_mxcsr:
	.long	0x1f80
value:
	.long	0
