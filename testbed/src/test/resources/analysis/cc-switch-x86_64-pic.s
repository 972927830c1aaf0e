# the same with PIC: lea TABLE(%rip), movslq, add, jmp *%rax; entries R_X86_64_PC32
# generated: clang-19 --target=x86_64-unknown-none -O2 -mgeneral-regs-only -mno-red-zone -fpic -S c/switch.c
# triple: x86_64-unknown-none
# handler: handler
# expect: none
	.text
	.file	"switch.c"
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
	pushq	%rcx
	pushq	%rax
	.cfi_offset %rax, -32
	.cfi_offset %rcx, -24
	movq	selector@GOTPCREL(%rip), %rax
	movl	(%rax), %eax
	cmpq	$5, %rax
	ja	.LBB0_8
# %bb.1:
	leaq	.LJTI0_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
.LBB0_2:
	movq	out@GOTPCREL(%rip), %rax
	movl	$11, (%rax)
	jmp	.LBB0_8
.LBB0_6:
	movq	out@GOTPCREL(%rip), %rax
	movl	$59, 16(%rax)
	jmp	.LBB0_8
.LBB0_4:
	movq	out@GOTPCREL(%rip), %rax
	movl	$37, 8(%rax)
	jmp	.LBB0_8
.LBB0_5:
	movq	out@GOTPCREL(%rip), %rax
	movl	$41, 12(%rax)
	jmp	.LBB0_8
.LBB0_3:
	movq	out@GOTPCREL(%rip), %rax
	movl	$23, 4(%rax)
	jmp	.LBB0_8
.LBB0_7:
	movq	out@GOTPCREL(%rip), %rax
	movl	$67, 20(%rax)
.LBB0_8:
	popq	%rax
	popq	%rcx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	iretq
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	2, 0x0
.LJTI0_0:
	.long	.LBB0_2-.LJTI0_0
	.long	.LBB0_3-.LJTI0_0
	.long	.LBB0_4-.LJTI0_0
	.long	.LBB0_5-.LJTI0_0
	.long	.LBB0_6-.LJTI0_0
	.long	.LBB0_7-.LJTI0_0
                                        # -- End function
	.type	selector,@object                # @selector
	.bss
	.globl	selector
	.p2align	2, 0x0
selector:
	.long	0                               # 0x0
	.size	selector, 4

	.type	out,@object                     # @out
	.globl	out
	.p2align	4, 0x0
out:
	.zero	24
	.size	out, 24

	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym handler
	.addrsig_sym selector
	.addrsig_sym out
