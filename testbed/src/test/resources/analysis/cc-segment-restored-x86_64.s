# DS/ES saved and restored with mov on x86-64
# generated: clang-19 --target=x86_64-unknown-none -O2 -mgeneral-regs-only -mno-red-zone -S c/segment-restored.c
# triple: x86_64-unknown-none
# handler: handler
# expect: none
	.text
	.file	"segment-restored.c"
	.globl	handler                         # -- Begin function handler
	.p2align	4, 0x90
	.type	handler,@function
handler:                                # @handler
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rdx
	pushq	%rcx
	pushq	%rax
	.cfi_offset %rax, -40
	.cfi_offset %rcx, -32
	.cfi_offset %rdx, -24
	cld
	#APP
	movw	%ds, %ax
	#NO_APP
	#APP
	movw	%es, %cx
	#NO_APP
	movl	$16, %edx
	#APP
	movl	%edx, %ds
	movl	%edx, %es
	#NO_APP
	incl	counter(%rip)
	#APP
	movl	%ecx, %es
	#NO_APP
	#APP
	movl	%eax, %ds
	#NO_APP
	popq	%rax
	popq	%rcx
	popq	%rdx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	iretq
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
                                        # -- End function
	.type	counter,@object                 # @counter
	.bss
	.globl	counter
	.p2align	2, 0x0
counter:
	.long	0                               # 0x0
	.size	counter, 4

	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym handler
	.addrsig_sym counter
