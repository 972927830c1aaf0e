# Hand-written control: frame->ip += 4 after the int that entered it, and EDX clobbered: the iret lands on the
# harness's landing pads, so the clobber is the handler's and is caught.
# triple: i386-unknown-none
# handler: handler
	.text
	.globl	handler
	.type	handler,@function
	.p2align	4
handler:
	addl	$4, (%esp)
	movl	$0x1234, %edx
	iretl
	.size	handler, .-handler
