# Hand-written: a jump through a register; the analyser cannot follow it and must say so.
# triple: x86_64-unknown-none
# handler: handler
# expect: unknown-instruction
	.text
	.globl	handler
	.type	handler,@function
handler:
	pushq	%rax
	movq	target(%rip), %rax
	jmpq	*%rax
	popq	%rax
	iretq
	.size	handler, .-handler
	.data
target:
	.quad	0
