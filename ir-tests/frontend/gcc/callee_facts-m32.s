	.file	"callee_facts.c"
	.text
	.p2align 4
	.type	account_tick, @function
account_tick:
.LFB3:
	.cfi_startproc
	movl	%eax, %edx
	andl	$15, %edx
	addl	$1, histogram(,%edx,4)
	testl	$1023, %eax
	jne	.L1
	movl	$1, need_resched
.L1:
	ret
	.cfi_endproc
.LFE3:
	.size	account_tick, .-account_tick
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"tick"
	.text
	.p2align 4
	.globl	timer_logged
	.type	timer_logged, @function
timer_logged:
.LFB4:
	.cfi_startproc
	pushl	%ebp
	.cfi_def_cfa_offset 8
	.cfi_offset 5, -8
	movl	%esp, %ebp
	.cfi_def_cfa_register 5
	pushl	%eax
	andl	$-16, %esp
	subl	$28, %esp
	.cfi_offset 0, -12
	pushl	$.LC0
	cld
	call	serial_log
	movl	timer_ticks, %eax
	addl	$1, %eax
	movl	%eax, timer_ticks
	movl	$32, %eax
#APP
# 10 "kernel_io.h" 1
	outb %al, $32
# 0 "" 2
#NO_APP
	movl	-4(%ebp), %eax
	addl	$16, %esp
	leave
	.cfi_restore 5
	.cfi_restore 0
	.cfi_def_cfa 4, 4
	iret
	.cfi_endproc
.LFE4:
	.size	timer_logged, .-timer_logged
	.p2align 4
	.globl	timer_accounted
	.type	timer_accounted, @function
timer_accounted:
.LFB5:
	.cfi_startproc
	pushl	%ecx
	.cfi_def_cfa_offset 8
	.cfi_offset 1, -8
	pushl	%edx
	.cfi_def_cfa_offset 12
	.cfi_offset 2, -12
	pushl	%eax
	.cfi_def_cfa_offset 16
	.cfi_offset 0, -16
	movl	timer_ticks, %eax
	addl	$1, %eax
	movl	%eax, timer_ticks
	cld
	call	account_tick
	movl	$32, %eax
#APP
# 10 "kernel_io.h" 1
	outb %al, $32
# 0 "" 2
#NO_APP
	popl	%eax
	.cfi_restore 0
	.cfi_def_cfa_offset 12
	popl	%edx
	.cfi_restore 2
	.cfi_def_cfa_offset 8
	popl	%ecx
	.cfi_restore 1
	.cfi_def_cfa_offset 4
	iret
	.cfi_endproc
.LFE5:
	.size	timer_accounted, .-timer_accounted
	.p2align 4
	.globl	timer_preempt
	.type	timer_preempt, @function
timer_preempt:
.LFB6:
	.cfi_startproc
	pushl	%ebp
	.cfi_def_cfa_offset 8
	.cfi_offset 5, -8
	movl	%esp, %ebp
	.cfi_def_cfa_register 5
	pushl	%ecx
	pushl	%edx
	pushl	%eax
	.cfi_offset 1, -12
	.cfi_offset 2, -16
	.cfi_offset 0, -20
	movl	timer_ticks, %eax
	addl	$1, %eax
	movl	%eax, timer_ticks
	movl	need_resched, %eax
	andl	$-16, %esp
	testl	%eax, %eax
	jne	.L14
.L9:
	movl	$32, %eax
#APP
# 10 "kernel_io.h" 1
	outb %al, $32
# 0 "" 2
#NO_APP
	leal	-12(%ebp), %esp
	popl	%eax
	.cfi_remember_state
	.cfi_restore 0
	popl	%edx
	.cfi_restore 2
	popl	%ecx
	.cfi_restore 1
	popl	%ebp
	.cfi_restore 5
	.cfi_def_cfa 4, 4
	iret
	.p2align 4,,10
	.p2align 3
.L14:
	.cfi_restore_state
	cld
	call	schedule
	jmp	.L9
	.cfi_endproc
.LFE6:
	.size	timer_preempt, .-timer_preempt
	.globl	histogram
	.bss
	.align 32
	.type	histogram, @object
	.size	histogram, 64
histogram:
	.zero	64
	.globl	need_resched
	.align 4
	.type	need_resched, @object
	.size	need_resched, 4
need_resched:
	.zero	4
	.globl	timer_ticks
	.align 4
	.type	timer_ticks, @object
	.size	timer_ticks, 4
timer_ticks:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
