# the same on x86-64 without PIC: jmpq *TABLE(,%rax,8)
# generated: clang-19 --target=x86_64-unknown-none -O2 -mgeneral-regs-only -mno-red-zone -fno-pic -S c/switch.c
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
	pushq	%rax
	.cfi_offset %rax, -24
	movl	selector(%rip), %eax
	cmpq	$5, %rax
	ja	.LBB0_8
# %bb.1:
	jmpq	*.LJTI0_0(,%rax,8)
.LBB0_2:
	movl	$11, out(%rip)
	jmp	.LBB0_8
.LBB0_6:
	movl	$59, out+16(%rip)
	jmp	.LBB0_8
.LBB0_4:
	movl	$37, out+8(%rip)
	jmp	.LBB0_8
.LBB0_5:
	movl	$41, out+12(%rip)
	jmp	.LBB0_8
.LBB0_3:
	movl	$23, out+4(%rip)
	jmp	.LBB0_8
.LBB0_7:
	movl	$67, out+20(%rip)
.LBB0_8:
	popq	%rax
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	iretq
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	3, 0x0
.LJTI0_0:
	.quad	.LBB0_2
	.quad	.LBB0_3
	.quad	.LBB0_4
	.quad	.LBB0_5
	.quad	.LBB0_6
	.quad	.LBB0_7
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
