	.file	"fatal.c"
	.text
	.p2align 4
	.globl	double_fault_halt
	.type	double_fault_halt, @function
double_fault_halt:
.LFB3:
	.cfi_startproc
	pushq	%rax
	.cfi_def_cfa_offset 16
	.cfi_offset 0, -16
	movq	df_count(%rip), %rax
	addq	$1, %rax
	movq	%rax, df_count(%rip)
#APP
# 16 "fatal.c" 1
	hlt
# 0 "" 2
#NO_APP
	popq	%rax
	.cfi_restore 0
	.cfi_def_cfa_offset 8
	iretq
	.cfi_endproc
.LFE3:
	.size	double_fault_halt, .-double_fault_halt
	.p2align 4
	.globl	double_fault_spin
	.type	double_fault_spin, @function
double_fault_spin:
.LFB4:
	.cfi_startproc
	.cfi_def_cfa_offset 16
	pushq	%rax
	.cfi_def_cfa_offset 24
	.cfi_offset 0, -24
	movq	8(%rsp), %rax
	movq	%rax, df_code(%rip)
	.p2align 4,,10
	.p2align 3
.L5:
#APP
# 24 "fatal.c" 1
	cli
	hlt
# 0 "" 2
#NO_APP
	jmp	.L5
	.cfi_endproc
.LFE4:
	.size	double_fault_spin, .-double_fault_spin
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"null pointer dereference"
	.text
	.p2align 4
	.globl	page_fault_fatal
	.type	page_fault_fatal, @function
page_fault_fatal:
.LFB5:
	.cfi_startproc
	.cfi_def_cfa_offset 16
	pushq	%r11
	.cfi_def_cfa_offset 24
	.cfi_offset 11, -24
	pushq	%r10
	.cfi_def_cfa_offset 32
	.cfi_offset 10, -32
	pushq	%r9
	.cfi_def_cfa_offset 40
	.cfi_offset 9, -40
	pushq	%r8
	.cfi_def_cfa_offset 48
	.cfi_offset 8, -48
	pushq	%rdi
	.cfi_def_cfa_offset 56
	.cfi_offset 5, -56
	pushq	%rsi
	.cfi_def_cfa_offset 64
	.cfi_offset 4, -64
	pushq	%rcx
	.cfi_def_cfa_offset 72
	.cfi_offset 2, -72
	pushq	%rdx
	.cfi_def_cfa_offset 80
	.cfi_offset 1, -80
	pushq	%rax
	.cfi_def_cfa_offset 88
	.cfi_offset 0, -88
	subq	$8, %rsp
	.cfi_def_cfa_offset 96
	movq	80(%rsp), %rsi
#APP
# 30 "fatal.c" 1
	mov %cr2, %rdi
# 0 "" 2
#NO_APP
	cmpq	$4095, %rdi
	jbe	.L10
	cld
	call	log_fault
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 88
	popq	%rax
	.cfi_restore 0
	.cfi_def_cfa_offset 80
	popq	%rdx
	.cfi_restore 1
	.cfi_def_cfa_offset 72
	popq	%rcx
	.cfi_restore 2
	.cfi_def_cfa_offset 64
	popq	%rsi
	.cfi_restore 4
	.cfi_def_cfa_offset 56
	popq	%rdi
	.cfi_restore 5
	.cfi_def_cfa_offset 48
	popq	%r8
	.cfi_restore 8
	.cfi_def_cfa_offset 40
	popq	%r9
	.cfi_restore 9
	.cfi_def_cfa_offset 32
	popq	%r10
	.cfi_restore 10
	.cfi_def_cfa_offset 24
	popq	%r11
	.cfi_restore 11
	.cfi_def_cfa_offset 16
	addq	$8, %rsp
	.cfi_def_cfa_offset 8
	iretq
.L10:
	.cfi_restore_state
	movl	$.LC0, %edi
	cld
	call	kernel_panic
	.cfi_endproc
.LFE5:
	.size	page_fault_fatal, .-page_fault_fatal
	.section	.rodata.str1.1
.LC1:
	.string	"general protection fault"
	.text
	.p2align 4
	.globl	gp_fault_panic
	.type	gp_fault_panic, @function
gp_fault_panic:
.LFB6:
	.cfi_startproc
	.cfi_def_cfa_offset 16
	pushq	%rdi
	.cfi_def_cfa_offset 24
	.cfi_offset 5, -24
	movl	$.LC1, %edi
	subq	$8, %rsp
	.cfi_def_cfa_offset 32
	cld
	call	kernel_panic
	.cfi_endproc
.LFE6:
	.size	gp_fault_panic, .-gp_fault_panic
	.p2align 4
	.globl	breakpoint_count
	.type	breakpoint_count, @function
breakpoint_count:
.LFB7:
	.cfi_startproc
	pushq	%rax
	.cfi_def_cfa_offset 16
	.cfi_offset 0, -16
	movq	breakpoints(%rip), %rax
	addq	$1, %rax
	movq	%rax, breakpoints(%rip)
	popq	%rax
	.cfi_restore 0
	.cfi_def_cfa_offset 8
	iretq
	.cfi_endproc
.LFE7:
	.size	breakpoint_count, .-breakpoint_count
	.globl	breakpoints
	.bss
	.align 8
	.type	breakpoints, @object
	.size	breakpoints, 8
breakpoints:
	.zero	8
	.globl	df_code
	.align 8
	.type	df_code, @object
	.size	df_code, 8
df_code:
	.zero	8
	.globl	df_count
	.align 8
	.type	df_count, @object
	.size	df_count, 8
df_count:
	.zero	8
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
