# the same on x86-64, by clang-16
# generated: clang-16 --target=x86_64-unknown-none -O2 -mgeneral-regs-only -mno-red-zone -S c/segment-clobbered.c
# triple: x86_64-unknown-none
# handler: handler
# expect: segment-clobbered
	.text
	.file	"segment-clobbered.c"
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
	pushq	%rax
	.cfi_offset %rax, -24
	cld
	movl	$16, %eax
	#APP
	movl	%eax, %ds
	movl	%eax, %es
	#NO_APP
	incl	counter(%rip)
	popq	%rax
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
