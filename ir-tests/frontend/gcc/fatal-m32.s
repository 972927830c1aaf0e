	.file	"fatal.c"
	.text
	.p2align 4
	.globl	double_fault_halt
	.type	double_fault_halt, @function
double_fault_halt:
.LFB3:
	.cfi_startproc
	pushl	%eax
	.cfi_def_cfa_offset 8
	.cfi_offset 0, -8
	movl	df_count, %eax
	addl	$1, %eax
	movl	%eax, df_count
#APP
# 16 "fatal.c" 1
	hlt
# 0 "" 2
#NO_APP
	popl	%eax
	.cfi_restore 0
	.cfi_def_cfa_offset 4
	iret
	.cfi_endproc
.LFE3:
	.size	double_fault_halt, .-double_fault_halt
	.p2align 4
	.globl	double_fault_spin
	.type	double_fault_spin, @function
double_fault_spin:
.LFB4:
	.cfi_startproc
	.cfi_def_cfa_offset 8
	pushl	%eax
	.cfi_def_cfa_offset 12
	.cfi_offset 0, -12
	movl	4(%esp), %eax
	movl	%eax, df_code
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
	.cfi_def_cfa_offset 8
	pushl	%ebp
	.cfi_def_cfa_offset 12
	.cfi_offset 5, -12
	movl	%esp, %ebp
	.cfi_def_cfa_register 5
	pushl	%ecx
	pushl	%edx
	pushl	%eax
	andl	$-16, %esp
	subl	$16, %esp
	.cfi_offset 1, -16
	.cfi_offset 2, -20
	.cfi_offset 0, -24
	movl	4(%ebp), %edx
#APP
# 30 "fatal.c" 1
	mov %cr2, %eax
# 0 "" 2
#NO_APP
	cmpl	$4095, %eax
	jbe	.L10
	subl	$8, %esp
	pushl	%edx
	pushl	%eax
	cld
	call	log_fault
	addl	$16, %esp
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
	.cfi_def_cfa 4, 8
	addl	$4, %esp
	.cfi_def_cfa_offset 4
	iret
.L10:
	.cfi_restore_state
	subl	$12, %esp
	pushl	$.LC0
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
	.cfi_def_cfa_offset 8
	pushl	%ebp
	.cfi_def_cfa_offset 12
	.cfi_offset 5, -12
	movl	%esp, %ebp
	.cfi_def_cfa_register 5
	andl	$-16, %esp
	subl	$28, %esp
	pushl	$.LC1
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
	pushl	%eax
	.cfi_def_cfa_offset 8
	.cfi_offset 0, -8
	movl	breakpoints, %eax
	addl	$1, %eax
	movl	%eax, breakpoints
	popl	%eax
	.cfi_restore 0
	.cfi_def_cfa_offset 4
	iret
	.cfi_endproc
.LFE7:
	.size	breakpoint_count, .-breakpoint_count
	.globl	breakpoints
	.bss
	.align 4
	.type	breakpoints, @object
	.size	breakpoints, 4
breakpoints:
	.zero	4
	.globl	df_code
	.align 4
	.type	df_code, @object
	.size	df_code, 4
df_code:
	.zero	4
	.globl	df_count
	.align 4
	.type	df_count, @object
	.size	df_count, 4
df_count:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
