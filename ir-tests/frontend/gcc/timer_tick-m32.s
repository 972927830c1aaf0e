	.file	"timer_tick.c"
	.text
	.p2align 4
	.globl	timer_tick
	.type	timer_tick, @function
timer_tick:
.LFB0:
	.cfi_startproc
	pushl	%eax
	.cfi_def_cfa_offset 8
	.cfi_offset 0, -8
	movl	ticks, %eax
	addl	$1, %eax
	movl	%eax, ticks
	popl	%eax
	.cfi_restore 0
	.cfi_def_cfa_offset 4
	iret
	.cfi_endproc
.LFE0:
	.size	timer_tick, .-timer_tick
	.globl	ticks
	.bss
	.align 4
	.type	ticks, @object
	.size	ticks, 4
ticks:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
