# Hand-written control: the 64-bit twin of hand-i386-skip-int-4.s (frame->ip += 4, nothing clobbered: clean).
# triple: x86_64-unknown-none
# handler: handler
	.text
	.globl	handler
	.type	handler,@function
	.p2align	4
handler:
	addq	$4, (%rsp)
	iretq
	.size	handler, .-handler
