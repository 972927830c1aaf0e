# Negative control: hand-x86_64-x87-saved.s without fninit: the body computes with the interrupted code's control word.
# triple: x86_64-unknown-none
# handler: handler
# expect: fp-env-inherited
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
	fldt	x87_value(%rip)
	fld1
	faddp	%st, %st(1)
	fstpt	x87_value(%rip)
	fxrstor	(%rax)
	addq	$536, %rsp
	popq	%rax
	popq	%rbp
	iretq
	.size	handler, .-handler
	.bss
x87_value:
	.zero	16
