# Hand-written: a handler that clobbers EAX and then faults (ud2) before its iret in every scenario: the
# oracle never gets to compare the state after an iret, so it has not judged the clobber.
# triple: i386-unknown-none
# handler: handler
	.text
	.globl	handler
	.type	handler,@function
	.p2align	4
handler:
	movl	$0x1234, %eax
	ud2
	iretl
	.size	handler, .-handler
