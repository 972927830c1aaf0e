	.text
	.file	"handler.ll"
	.globl	h                               # -- Begin function h
	.p2align	4, 0x90
	.type	h,@function
h:                                      # @h
	.cfi_startproc
# %bb.0:
	pushl	%edx
	.cfi_def_cfa_offset 8
	pushl	%ecx
	.cfi_def_cfa_offset 12
	pushl	%eax
	.cfi_def_cfa_offset 16
	.cfi_offset %eax, -16
	.cfi_offset %ecx, -12
	.cfi_offset %edx, -8
	cld
	calll	bar@PLT
	popl	%eax
	.cfi_def_cfa_offset 12
	popl	%ecx
	.cfi_def_cfa_offset 8
	popl	%edx
	.cfi_def_cfa_offset 4
	iretl
.Lfunc_end0:
	.size	h, .Lfunc_end0-h
	.cfi_endproc
                                        # -- End function
	.section	".note.GNU-stack","",@progbits
