# Hand-written: an error-code handler that advances its saved RIP by 1 (frame->ip += 1, as explore's
# frame-ip-write-volatile=1 body does), into the middle of the 6-byte load that raised #NP. The harness
# then runs that load's other bytes as an sbb, which changes RAX and the flags: not the handler's doing.
# triple: x86_64-unknown-none
# handler: handler:ecode
	.text
	.globl	handler
	.type	handler,@function
	.p2align	4
handler:
	incq	8(%rsp)
	addq	$8, %rsp
	iretq
	.size	handler, .-handler
