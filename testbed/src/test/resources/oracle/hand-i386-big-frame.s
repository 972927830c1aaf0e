# Hand-written: a 32-bit handler with a 14 KiB frame that it fills with zeros, saving and restoring all it uses
# (explore_001417 of the third run had a 12.5 KiB one). From ring 3 its frame starts 4 KiB below the interrupted
# stack; with a 16 KiB scenario stack the zeros reached the harness's own variables below it.
# triple: i386-unknown-none
# handler: handler
	.text
	.globl	handler
	.type	handler,@function
	.p2align	4
handler:
	pushl	%edi
	pushl	%ecx
	pushl	%eax
	pushfl
	subl	$14336, %esp
	cld
	movl	%esp, %edi
	movl	$3584, %ecx
	xorl	%eax, %eax
	rep stosl
	addl	$14336, %esp
	popfl
	popl	%eax
	popl	%ecx
	popl	%edi
	iretl
	.size	handler, .-handler
