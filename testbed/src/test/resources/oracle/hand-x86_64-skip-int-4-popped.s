# Hand-written control: frame->ip += 4, then the handler pops a word as if it had an error code and irets one
# slot too high: RIP comes from the CS slot, a landing the handler did not ask for, which is still a fault.
# triple: x86_64-unknown-none
# handler: handler
	.text
	.globl	handler
	.type	handler,@function
	.p2align	4
handler:
	addq	$4, (%rsp)
	addq	$8, %rsp
	iretq
	.size	handler, .-handler
