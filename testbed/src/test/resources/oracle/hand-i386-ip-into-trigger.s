# Hand-written: the 32-bit twin of hand-x86_64-ip-into-trigger.s, advancing the saved EIP by 1 (into the
# middle of the 6-byte load that raised #NP, which then runs from its second byte as an sbb of EAX).
# triple: i386-unknown-none
# handler: handler:ecode
	.text
	.globl	handler
	.type	handler,@function
	.p2align	4
handler:
	incl	4(%esp)
	addl	$4, %esp
	iretl
	.size	handler, .-handler
