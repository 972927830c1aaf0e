	.file	"page_fault.c"
	.text
	.p2align 4
	.globl	page_fault
	.type	page_fault, @function
page_fault:
.LFB0:
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
#APP
# 12 "page_fault.c" 1
	mov %cr2, %rdi
# 0 "" 2
#NO_APP
	movq	80(%rsp), %rsi
	cld
	call	log_page_fault
	addq	$8, %rsp
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
	.cfi_endproc
.LFE0:
	.size	page_fault, .-page_fault
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
