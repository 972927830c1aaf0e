# Hand-written control: frame->ip += 4 after the int that entered it, and RCX clobbered: the iret lands on the
# harness's landing pads, so the clobber is the handler's and is caught.
# triple: x86_64-unknown-none
# handler: handler
	.text
	.globl	handler
	.type	handler,@function
	.p2align	4
handler:
	addq	$4, (%rsp)
	movl	$0x1234, %ecx
	iretq
	.size	handler, .-handler
