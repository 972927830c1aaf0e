# Hand-written control: a handler that moves its saved EIP 4 bytes past the int that entered it (frame->ip
# += 4, as explore's frame-ip-write=4 body does) and clobbers nothing: the iret lands on the harness's landing
# pads, and the state there is judged clean.
# triple: i386-unknown-none
# handler: handler
	.text
	.globl	handler
	.type	handler,@function
	.p2align	4
handler:
	addl	$4, (%esp)
	iretl
	.size	handler, .-handler
