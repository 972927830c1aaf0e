	.file	"page_fault.c"
	.text
	.p2align 4
	.globl	page_fault
	.type	page_fault, @function
page_fault:
.LFB0:
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
	subl	$24, %esp
	.cfi_offset 1, -16
	.cfi_offset 2, -20
	.cfi_offset 0, -24
#APP
# 12 "page_fault.c" 1
	mov %cr2, %eax
# 0 "" 2
#NO_APP
	pushl	4(%ebp)
	pushl	%eax
	cld
	call	log_page_fault
	addl	$16, %esp
	leal	-12(%ebp), %esp
	popl	%eax
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
	.cfi_endproc
.LFE0:
	.size	page_fault, .-page_fault
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
