# the same on x86-64, by clang-16 at -O0
# generated: clang-16 --target=x86_64-unknown-none -O0 -mgeneral-regs-only -mno-red-zone -S c/port-io.c
# triple: x86_64-unknown-none
# handler: handler
# expect: none
	.text
	.file	"port-io.c"
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
	pushq	%rdi
	pushq	%rdx
	pushq	%rcx
	pushq	%rax
	subq	$40, %rsp
	.cfi_offset %rax, -48
	.cfi_offset %rcx, -40
	.cfi_offset %rdx, -32
	.cfi_offset %rdi, -24
	cld
	leaq	8(%rbp), %rax
	movq	%rax, -72(%rbp)
	movw	$128, -58(%rbp)
	movw	-58(%rbp), %dx
	#APP
	inb	%dx, %al
	#NO_APP
	movb	%al, -59(%rbp)
	movb	-59(%rbp), %al
	movb	%al, status(%rip)
	movw	$496, -38(%rbp)                 # imm = 0x1F0
	movq	$block, -48(%rbp)
	movq	$8, -56(%rbp)
	movq	-48(%rbp), %rdi
	movq	-56(%rbp), %rcx
	movw	-38(%rbp), %dx
	#APP
	cld
	rep		insw	%dx, %es:(%rdi)
	#NO_APP
	movq	%rdi, -48(%rbp)
	movq	%rcx, -56(%rbp)
	movw	$32, -34(%rbp)
	movb	$32, -35(%rbp)
	movb	-35(%rbp), %al
	movw	-34(%rbp), %dx
	#APP
	outb	%al, %dx
	#NO_APP
	addq	$40, %rsp
	popq	%rax
	popq	%rcx
	popq	%rdx
	popq	%rdi
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	iretq
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
                                        # -- End function
	.type	status,@object                  # @status
	.bss
	.globl	status
status:
	.byte	0                               # 0x0
	.size	status, 1

	.type	block,@object                   # @block
	.globl	block
	.p2align	4, 0x0
block:
	.zero	16
	.size	block, 16

	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym handler
	.addrsig_sym status
	.addrsig_sym block
