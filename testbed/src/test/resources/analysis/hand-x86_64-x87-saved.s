# Hand-written: x87 arithmetic done right. fxsave into an area aligned by pointer arithmetic (as the
# x87-mmx-preserve pass does), its own control word (fninit), fxrstor before iretq.
# triple: x86_64-unknown-none
# handler: handler
# expect: none
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
	fxrstor	(%rax)
	addq	$536, %rsp
	popq	%rax
	popq	%rbp
	iretq
	.size	handler, .-handler
	.bss
x87_value:
	.zero	16
