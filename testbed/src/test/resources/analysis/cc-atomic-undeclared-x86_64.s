# lock cmpxchg without declaring EAX
# generated: clang-19 --target=x86_64-unknown-none -O2 -mgeneral-regs-only -mno-red-zone -S c/atomic-undeclared.c
# triple: x86_64-unknown-none
# handler: handler
# expect: gpr-clobbered
	.text
	.file	"atomic-undeclared.c"
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
	.cfi_offset %rcx, -24
	cld
	movl	$1, %ecx
	#APP
	lock		cmpxchgl	%ecx, lock(%rip)
	#NO_APP
	popq	%rcx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	iretq
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
                                        # -- End function
	.type	lock,@object                    # @lock
	.bss
	.globl	lock
	.p2align	2, 0x0
lock:
	.long	0                               # 0x0
	.size	lock, 4

	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym handler
	.addrsig_sym lock
