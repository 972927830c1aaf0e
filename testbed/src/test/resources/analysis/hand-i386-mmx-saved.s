# Hand-written: MMX done right on i386. fxsave into a 16-aligned area made by pointer arithmetic,
# MMX work, emms, fxrstor before iretl.
# triple: i386-unknown-none
# handler: handler
# expect: none
	.text
	.globl	handler
	.type	handler,@function
handler:
	pushl	%ebp
	movl	%esp, %ebp
	pushl	%eax
	subl	$528, %esp
	leal	15(%esp), %eax
	andl	$-16, %eax
	fxsave	(%eax)
	pxor	%mm0, %mm0
	paddd	%mm1, %mm0
	emms
	fxrstor	(%eax)
	addl	$528, %esp
	popl	%eax
	popl	%ebp
	iretl
	.size	handler, .-handler
