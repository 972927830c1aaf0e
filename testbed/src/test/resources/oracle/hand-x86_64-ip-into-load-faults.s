# Hand-written: the saved RIP advanced by 4 into the 6-byte load that raised #NP (explore's frame-ip-write=4 on
# an error-code handler). From there the load's last two bytes (the high half of its small RIP-relative offset,
# 00 00) run as add %al, (%rax), which faults at the interrupted code's RAX pattern: a fault at the harness's
# own bytes that the handler's frame write asked for, reported as a note, not as a handler-fault.
# triple: x86_64-unknown-none
# handler: handler:ecode
	.text
	.globl	handler
	.type	handler,@function
	.p2align	4
handler:
	addq	$4, 8(%rsp)
	addq	$8, %rsp
	iretq
	.size	handler, .-handler
