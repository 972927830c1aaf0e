# the same on x86-64 with cmpxchg16b, by clang-14
# generated: clang-14 --target=x86_64-unknown-none -O2 -mgeneral-regs-only -mno-red-zone -mcx16 -S c/atomic.c
# triple: x86_64-unknown-none
# handler: handler
# expect: none
	.text
	.file	"atomic.c"
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
	pushq	%rbx
	pushq	%rax
	.cfi_offset %rax, -48
	.cfi_offset %rbx, -40
	.cfi_offset %rcx, -32
	.cfi_offset %rdx, -24
	cld
	.p2align	4, 0x90
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	movl	$1, %eax
	xchgl	%eax, lock(%rip)
	testl	%eax, %eax
	je	.LBB0_3
# %bb.1:                                #   in Loop: Header=BB0_2 Depth=1
	pause
	jmp	.LBB0_2
.LBB0_3:
	lock		addl	$1, counter(%rip)
	movl	$2, %eax
	lock		xaddl	%eax, ticket(%rip)
	movl	%eax, seen(%rip)
	movl	$6, %ecx
	movl	$5, %eax
	lock		cmpxchgl	%ecx, counter(%rip)
	movl	$1, %ebx
	xorl	%eax, %eax
	xorl	%edx, %edx
	xorl	%ecx, %ecx
	lock		cmpxchg16b	wide(%rip)
	mfence
	#APP
	lfence
	sfence
	mfence
	#NO_APP
	movl	$0, lock(%rip)
	popq	%rax
	popq	%rbx
	popq	%rcx
	popq	%rdx
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
	.p2align	2
lock:
	.long	0                               # 0x0
	.size	lock, 4

	.type	counter,@object                 # @counter
	.globl	counter
	.p2align	2
counter:
	.long	0                               # 0x0
	.size	counter, 4

	.type	ticket,@object                  # @ticket
	.globl	ticket
	.p2align	2
ticket:
	.long	0                               # 0x0
	.size	ticket, 4

	.type	seen,@object                    # @seen
	.globl	seen
	.p2align	2
seen:
	.long	0                               # 0x0
	.size	seen, 4

	.type	wide,@object                    # @wide
	.globl	wide
	.p2align	4
wide:
	.quad	0
	.quad	0
	.size	wide, 16

	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym handler
	.addrsig_sym lock
	.addrsig_sym counter
	.addrsig_sym ticket
	.addrsig_sym wide
