# Hand-written: the 64-bit twin of hand-i386-skip-past-load.s, advancing the saved RIP by 8, past the 6-byte
# load that raised #NP and the first spin after it.
# triple: x86_64-unknown-none
# handler: handler:ecode
	.text
	.globl	handler
	.type	handler,@function
	.p2align	4
handler:
	addq	$8, 8(%rsp)
	addq	$8, %rsp
	iretq
	.size	handler, .-handler
