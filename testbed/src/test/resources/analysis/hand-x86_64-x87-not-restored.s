# Negative control: hand-x86_64-x87-saved.s without the fxrstor: the state is saved but never restored.
# triple: x86_64-unknown-none
# handler: handler
# expect: x87-state-clobbered mmx-state-clobbered
	.text
	.globl	handler
	.type	handler,@function
handler:
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	%rax
	subq	$536, %rsp
	leaq	15(%rsp), %rax
	andq	$-16, %rax
	fxsave	(%rax)
	fninit
	fldt	x87_value(%rip)
	fld1
	faddp	%st, %st(1)
	fstpt	x87_value(%rip)
	addq	$536, %rsp
	popq	%rax
	popq	%rbp
	iretq
	.size	handler, .-handler
	.bss
x87_value:
	.zero	16
