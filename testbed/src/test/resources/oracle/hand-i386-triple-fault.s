# Hand-written: a handler that takes away the IDT and then faults, so the machine triple-faults
# and resets. Each scenario costs its boot; the oracle reboots without it and goes on.
# triple: i386-unknown-none
# handler: handler
	.text
	.globl	handler
	.type	handler,@function
	.p2align	4
handler:
	lidt	empty_idt
	ud2
	.size	handler, .-handler
	.data
empty_idt:
	.word	0
	.long	0
