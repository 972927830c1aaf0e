# rdtscp without declaring ECX
# generated: clang-19 --target=x86_64-unknown-none -O2 -mgeneral-regs-only -mno-red-zone -S c/system-undeclared.c
# triple: x86_64-unknown-none
# handler: handler
# expect: gpr-clobbered
	.text
	.file	"system-undeclared.c"
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
	pushq	%rax
	.cfi_offset %rax, -32
	.cfi_offset %rdx, -24
	cld
	#APP
	rdtscp
	#NO_APP
                                        # kill: def $edx killed $edx def $rdx
	shlq	$32, %rdx
	movl	%eax, %eax
	orq	%rdx, %rax
	movq	%rax, tsc(%rip)
	popq	%rax
	popq	%rdx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	iretq
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
                                        # -- End function
	.type	tsc,@object                     # @tsc
	.bss
	.globl	tsc
	.p2align	3, 0x0
tsc:
	.quad	0                               # 0x0
	.size	tsc, 8

	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym handler
