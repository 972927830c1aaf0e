# case 0, reached only through the table, changes EBX
# generated: clang-19 --target=i686-unknown-none -O2 -mgeneral-regs-only -S c/switch-case-clobbers.c
# triple: i686-unknown-none
# handler: handler
# expect: gpr-clobbered
	.text
	.file	"switch-case-clobbers.c"
	.globl	handler                         # -- Begin function handler
	.p2align	4, 0x90
	.type	handler,@function
handler:                                # @handler
	.cfi_startproc
# %bb.0:
	pushl	%ebp
	.cfi_def_cfa_offset 8
	.cfi_offset %ebp, -8
	movl	%esp, %ebp
	.cfi_def_cfa_register %ebp
	pushl	%eax
	andl	$-16, %esp
	.cfi_offset %eax, -12
	cld
	movl	selector, %eax
	cmpl	$5, %eax
	ja	.LBB0_8
# %bb.1:
	jmpl	*.LJTI0_0(,%eax,4)
.LBB0_2:
	#APP
	movl	$0, %ebx
	#NO_APP
	movl	$11, out
	jmp	.LBB0_8
.LBB0_6:
	movl	$59, out+16
	jmp	.LBB0_8
.LBB0_4:
	movl	$37, out+8
	jmp	.LBB0_8
.LBB0_5:
	movl	$41, out+12
	jmp	.LBB0_8
.LBB0_3:
	movl	$23, out+4
	jmp	.LBB0_8
.LBB0_7:
	movl	$67, out+20
.LBB0_8:
	leal	-4(%ebp), %esp
	popl	%eax
	popl	%ebp
	.cfi_def_cfa %esp, 4
	iretl
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	2, 0x0
.LJTI0_0:
	.long	.LBB0_2
	.long	.LBB0_3
	.long	.LBB0_4
	.long	.LBB0_5
	.long	.LBB0_6
	.long	.LBB0_7
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
	.p2align	2, 0x0
out:
	.zero	24
	.size	out, 24

	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym handler
	.addrsig_sym selector
	.addrsig_sym out
