# Hand-written: an error-code handler that advances the saved EIP by 8, past the 6-byte load that raised #NP
# and the first spin after it (explore's two frame writes of 4, explore_001657 of the third run): it lands on
# the next spin, where the harness finds it. Its own request, not a fault: a note, and the state not judged.
# triple: i386-unknown-none
# handler: handler:ecode
	.text
	.globl	handler
	.type	handler,@function
	.p2align	4
handler:
	addl	$8, 4(%esp)
	addl	$4, %esp
	iretl
	.size	handler, .-handler
