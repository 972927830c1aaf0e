# Hand-written: the 32-bit twin of hand-x86_64-ip-into-load-faults.s, advancing the saved EIP by 5 into the
# 6-byte load that raised #NP: its last byte (the high byte of np_selector's address, 00) and the spin's first
# (EB) run as add %ch, %bl, and the spin's second byte (FE) with the next spin's EB as an undefined FE /5: #UD at the
# harness's own bytes, where the handler's frame write sent the code.
# triple: i386-unknown-none
# handler: handler:ecode
	.text
	.globl	handler
	.type	handler,@function
	.p2align	4
handler:
	addl	$5, 4(%esp)
	addl	$4, %esp
	iretl
	.size	handler, .-handler
