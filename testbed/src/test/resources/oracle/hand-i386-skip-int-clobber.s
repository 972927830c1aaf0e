# Hand-written control: a handler that skips 2 bytes after the int that entered it (frame->ip += 2, the
# harness's marked skip) and clobbers EAX: the skip is exact, so the clobber is the handler's and is caught.
# triple: i386-unknown-none
# handler: handler
	.text
	.globl	handler
	.type	handler,@function
	.p2align	4
handler:
	addl	$2, (%esp)
	movl	$0x1234, %eax
	iretl
	.size	handler, .-handler
