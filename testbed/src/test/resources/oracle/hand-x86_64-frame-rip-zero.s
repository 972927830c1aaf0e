# Hand-written: a handler whose body overwrote its frame's RIP with 0 (an llvm-stress body's store past a
# local does): iretq goes to address 0. In the single-stepped scenario the #DB catcher meets it there, where
# an unused breakpoint slot points: that is no call to an in-module callee (InModuleCalleeTest is the control).
# triple: x86_64-unknown-none
# handler: handler
	.text
	.globl	handler
	.type	handler,@function
	.p2align	4
handler:
	movq	$0, (%rsp)
	iretq
	.size	handler, .-handler
