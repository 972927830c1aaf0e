# Hand-written control of hand-x86_64-ip-into-trigger.s: the saved RIP advanced by the whole 6-byte load
# that raised #NP (an exact skip) and nothing else changed: judged as usual, and clean.
# triple: x86_64-unknown-none
# handler: handler:ecode
	.text
	.globl	handler
	.type	handler,@function
	.p2align	4
handler:
	addq	$6, 8(%rsp)
	addq	$8, %rsp
	iretq
	.size	handler, .-handler
