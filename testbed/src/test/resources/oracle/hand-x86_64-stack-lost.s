# Hand-written: a handler that loses its stack (RSP into unmapped memory, then a push). The #PF
# cannot be delivered on that stack, so the CPU raises #DF, which the harness takes on its own IST
# stack: a report, not a triple fault.
# triple: x86_64-unknown-none
# handler: handler
	.text
	.globl	handler
	.type	handler,@function
	.p2align	4
handler:
	movabsq	$0x80000000, %rsp
	pushq	%rax
	iretq
	.size	handler, .-handler
