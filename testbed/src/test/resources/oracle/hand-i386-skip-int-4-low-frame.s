# Hand-written control: frame->ip += 4, then the iret goes through a copy of the frame 12 bytes lower (SP not
# back at the CPU's frame): it lands where the handler asked, on the landing pads, with ESP 12 bytes low, which
# is still sp-at-iret-wrong.
# triple: i386-unknown-none
# handler: handler
	.text
	.globl	handler
	.type	handler,@function
	.p2align	4
handler:
	addl	$4, (%esp)
	pushl	8(%esp)
	pushl	8(%esp)
	pushl	8(%esp)
	iretl
	.size	handler, .-handler
