	.file	"callee_facts.c"
	.text
	.p2align 4
	.type	account_tick, @function
account_tick:
.LFB3:
	.cfi_startproc
	movq	%rdi, %rax
	andl	$15, %eax
	addq	$1, histogram(,%rax,8)
	testl	$1023, %edi
	jne	.L1
	movl	$1, need_resched(%rip)
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
	pushq	%rdi
	.cfi_def_cfa_offset 16
	.cfi_offset 5, -16
	movl	$.LC0, %edi
	pushq	%rax
	.cfi_def_cfa_offset 24
	.cfi_offset 0, -24
	subq	$8, %rsp
	.cfi_def_cfa_offset 32
	cld
	call	serial_log
	movq	timer_ticks(%rip), %rax
	addq	$1, %rax
	movq	%rax, timer_ticks(%rip)
	movl	$32, %eax
#APP
# 10 "kernel_io.h" 1
	outb %al, $32
# 0 "" 2
#NO_APP
	addq	$8, %rsp
	.cfi_def_cfa_offset 24
	popq	%rax
	.cfi_restore 0
	.cfi_def_cfa_offset 16
	popq	%rdi
	.cfi_restore 5
	.cfi_def_cfa_offset 8
	iretq
	.cfi_endproc
.LFE4:
	.size	timer_logged, .-timer_logged
	.p2align 4
	.globl	timer_accounted
	.type	timer_accounted, @function
timer_accounted:
.LFB5:
	.cfi_startproc
	pushq	%r11
	.cfi_def_cfa_offset 16
	.cfi_offset 11, -16
	pushq	%r10
	.cfi_def_cfa_offset 24
	.cfi_offset 10, -24
	pushq	%r9
	.cfi_def_cfa_offset 32
	.cfi_offset 9, -32
	pushq	%r8
	.cfi_def_cfa_offset 40
	.cfi_offset 8, -40
	pushq	%rdi
	.cfi_def_cfa_offset 48
	.cfi_offset 5, -48
	movq	timer_ticks(%rip), %rdi
	pushq	%rsi
	.cfi_def_cfa_offset 56
	.cfi_offset 4, -56
	pushq	%rcx
	.cfi_def_cfa_offset 64
	.cfi_offset 2, -64
	addq	$1, %rdi
	pushq	%rdx
	.cfi_def_cfa_offset 72
	.cfi_offset 1, -72
	pushq	%rax
	.cfi_def_cfa_offset 80
	.cfi_offset 0, -80
	movq	%rdi, timer_ticks(%rip)
	cld
	call	account_tick
	movl	$32, %eax
#APP
# 10 "kernel_io.h" 1
	outb %al, $32
# 0 "" 2
#NO_APP
	popq	%rax
	.cfi_restore 0
	.cfi_def_cfa_offset 72
	popq	%rdx
	.cfi_restore 1
	.cfi_def_cfa_offset 64
	popq	%rcx
	.cfi_restore 2
	.cfi_def_cfa_offset 56
	popq	%rsi
	.cfi_restore 4
	.cfi_def_cfa_offset 48
	popq	%rdi
	.cfi_restore 5
	.cfi_def_cfa_offset 40
	popq	%r8
	.cfi_restore 8
	.cfi_def_cfa_offset 32
	popq	%r9
	.cfi_restore 9
	.cfi_def_cfa_offset 24
	popq	%r10
	.cfi_restore 10
	.cfi_def_cfa_offset 16
	popq	%r11
	.cfi_restore 11
	.cfi_def_cfa_offset 8
	iretq
	.cfi_endproc
.LFE5:
	.size	timer_accounted, .-timer_accounted
	.p2align 4
	.globl	timer_preempt
	.type	timer_preempt, @function
timer_preempt:
.LFB6:
	.cfi_startproc
	pushq	%r11
	.cfi_def_cfa_offset 16
	.cfi_offset 11, -16
	pushq	%r10
	.cfi_def_cfa_offset 24
	.cfi_offset 10, -24
	pushq	%r9
	.cfi_def_cfa_offset 32
	.cfi_offset 9, -32
	pushq	%r8
	.cfi_def_cfa_offset 40
	.cfi_offset 8, -40
	pushq	%rdi
	.cfi_def_cfa_offset 48
	.cfi_offset 5, -48
	pushq	%rsi
	.cfi_def_cfa_offset 56
	.cfi_offset 4, -56
	pushq	%rcx
	.cfi_def_cfa_offset 64
	.cfi_offset 2, -64
	pushq	%rdx
	.cfi_def_cfa_offset 72
	.cfi_offset 1, -72
	pushq	%rax
	.cfi_def_cfa_offset 80
	.cfi_offset 0, -80
	movq	timer_ticks(%rip), %rax
	addq	$1, %rax
	movq	%rax, timer_ticks(%rip)
	movl	need_resched(%rip), %eax
	testl	%eax, %eax
	jne	.L14
.L9:
	movl	$32, %eax
#APP
# 10 "kernel_io.h" 1
	outb %al, $32
# 0 "" 2
#NO_APP
	popq	%rax
	.cfi_remember_state
	.cfi_restore 0
	.cfi_def_cfa_offset 72
	popq	%rdx
	.cfi_restore 1
	.cfi_def_cfa_offset 64
	popq	%rcx
	.cfi_restore 2
	.cfi_def_cfa_offset 56
	popq	%rsi
	.cfi_restore 4
	.cfi_def_cfa_offset 48
	popq	%rdi
	.cfi_restore 5
	.cfi_def_cfa_offset 40
	popq	%r8
	.cfi_restore 8
	.cfi_def_cfa_offset 32
	popq	%r9
	.cfi_restore 9
	.cfi_def_cfa_offset 24
	popq	%r10
	.cfi_restore 10
	.cfi_def_cfa_offset 16
	popq	%r11
	.cfi_restore 11
	.cfi_def_cfa_offset 8
	iretq
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
	.size	histogram, 128
histogram:
	.zero	128
	.globl	need_resched
	.align 4
	.type	need_resched, @object
	.size	need_resched, 4
need_resched:
	.zero	4
	.globl	timer_ticks
	.align 8
	.type	timer_ticks, @object
	.size	timer_ticks, 8
timer_ticks:
	.zero	8
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
