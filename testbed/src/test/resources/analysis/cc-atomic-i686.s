# xchg, pause, lock add/xadd/cmpxchg/cmpxchg8b, fences
# generated: clang-19 --target=i686-unknown-none -march=i686 -O2 -mgeneral-regs-only -S c/atomic.c
# triple: i686-unknown-none
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
	pushl	%ebp
	.cfi_def_cfa_offset 8
	.cfi_offset %ebp, -8
	movl	%esp, %ebp
	.cfi_def_cfa_register %ebp
	pushl	%edx
	pushl	%ecx
	pushl	%ebx
	pushl	%eax
	andl	$-16, %esp
	.cfi_offset %eax, -24
	.cfi_offset %ebx, -20
	.cfi_offset %ecx, -16
	.cfi_offset %edx, -12
	cld
	.p2align	4, 0x90
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	movl	$1, %eax
	xchgl	%eax, lock
	testl	%eax, %eax
	je	.LBB0_3
# %bb.1:                                #   in Loop: Header=BB0_2 Depth=1
	pause
	jmp	.LBB0_2
.LBB0_3:
	lock		incl	counter
	movl	$2, %eax
	lock		xaddl	%eax, ticket
	movl	%eax, seen
	movl	$6, %ecx
	movl	$5, %eax
	lock		cmpxchgl	%ecx, counter
	xorl	%eax, %eax
	xorl	%edx, %edx
	xorl	%ecx, %ecx
	movl	$1, %ebx
	lock		cmpxchg8b	wide
	lock		orl	$0, (%esp)
	#APP
	lfence
	sfence
	mfence
	#NO_APP
	movl	$0, lock
	leal	-16(%ebp), %esp
	popl	%eax
	popl	%ebx
	popl	%ecx
	popl	%edx
	popl	%ebp
	.cfi_def_cfa %esp, 4
	iretl
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

	.type	counter,@object                 # @counter
	.globl	counter
	.p2align	2, 0x0
counter:
	.long	0                               # 0x0
	.size	counter, 4

	.type	ticket,@object                  # @ticket
	.globl	ticket
	.p2align	2, 0x0
ticket:
	.long	0                               # 0x0
	.size	ticket, 4

	.type	seen,@object                    # @seen
	.globl	seen
	.p2align	2, 0x0
seen:
	.long	0                               # 0x0
	.size	seen, 4

	.type	wide,@object                    # @wide
	.globl	wide
	.p2align	3, 0x0
wide:
	.quad	0                               # 0x0
	.size	wide, 8

	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym handler
	.addrsig_sym lock
	.addrsig_sym counter
	.addrsig_sym ticket
	.addrsig_sym wide
