# Hand-written: a handler that loses its stack (ESP above the harness's 1 GiB of mapped memory,
# then a push). The #PF cannot be delivered on that stack, so the CPU raises #DF, which the harness
# takes through a task gate onto a stack of its own: a report, not a triple fault.
# triple: i386-unknown-none
# handler: handler
	.text
	.globl	handler
	.type	handler,@function
	.p2align	4
handler:
	movl	$0x80000000, %esp
	pushl	%eax
	iretl
	.size	handler, .-handler
