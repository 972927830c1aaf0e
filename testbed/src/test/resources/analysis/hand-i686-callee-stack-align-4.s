# Hand-written: a 32-bit handler with a call and no realignment, judged for a kernel whose callees
# assume only 4-byte alignment (--callee-stack-align 4): no call-site finding.
# triple: i686-unknown-linux-gnu
# handler: handler
# options: --callee-stack-align 4 --callee-model general-regs-only
# expect: none
	.text
	.globl	handler
	.type	handler,@function
handler:
	pushl	%eax
	pushl	%ecx
	pushl	%edx
	cld
	calll	ext
	popl	%edx
	popl	%ecx
	popl	%eax
	iretl
	.size	handler, .-handler
