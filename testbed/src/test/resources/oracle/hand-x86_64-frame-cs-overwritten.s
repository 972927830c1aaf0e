# Hand-written: the 64-bit twin of hand-i386-frame-cs-overwritten.s: the frame's CS word overwritten,
# iretq faults with RSP at the CPU's frame: a handler-fault, not sp-at-iret-wrong.
# triple: x86_64-unknown-none
# handler: handler
	.text
	.globl	handler
	.type	handler,@function
	.p2align	4
handler:
	movq	$-1, 8(%rsp)
	iretq
	.size	handler, .-handler
