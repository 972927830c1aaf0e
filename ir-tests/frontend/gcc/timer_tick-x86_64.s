	.file	"timer_tick.c"
	.text
	.p2align 4
	.globl	timer_tick
	.type	timer_tick, @function
timer_tick:
.LFB0:
	.cfi_startproc
	pushq	%rax
	.cfi_def_cfa_offset 16
	.cfi_offset 0, -16
	movq	ticks(%rip), %rax
	addq	$1, %rax
	movq	%rax, ticks(%rip)
	popq	%rax
	.cfi_restore 0
	.cfi_def_cfa_offset 8
	iretq
	.cfi_endproc
.LFE0:
	.size	timer_tick, .-timer_tick
	.globl	ticks
	.bss
	.align 8
	.type	ticks, @object
	.size	ticks, 8
ticks:
	.zero	8
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
