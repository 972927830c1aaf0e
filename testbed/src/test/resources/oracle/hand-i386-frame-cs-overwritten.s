# Hand-written: a handler whose body overwrote the CS word of its own frame (what an llvm-stress body's
# out-of-bounds store to a small alloca does): its iret faults with ESP right at the CPU's frame. That is
# a handler-fault, not sp-at-iret-wrong (broken-ecode-not-popped.s is the control that is).
# triple: i386-unknown-none
# handler: handler
	.text
	.globl	handler
	.type	handler,@function
	.p2align	4
handler:
	movl	$-1, 4(%esp)
	iretl
	.size	handler, .-handler
