	.file	"handler.ll"
	.text
	.globl	h
	.p2align	4
	.type	h,@function
h:
	.cfi_startproc
	pushl	%ebp
	.cfi_def_cfa_offset 8
	.cfi_offset %ebp, -8
	movl	%esp, %ebp
	.cfi_def_cfa_register %ebp
	pushl	%edx
	pushl	%ecx
	pushl	%eax
	andl	$-16, %esp
	subl	$16, %esp
	.cfi_offset %eax, -20
	.cfi_offset %ecx, -16
	.cfi_offset %edx, -12
	cld
	calll	bar@PLT
	leal	-12(%ebp), %esp
	popl	%eax
	popl	%ecx
	popl	%edx
	popl	%ebp
	.cfi_def_cfa %esp, 4
	iretl
.Lfunc_end0:
	.size	h, .Lfunc_end0-h
	.cfi_endproc

	.section	".note.GNU-stack","",@progbits
