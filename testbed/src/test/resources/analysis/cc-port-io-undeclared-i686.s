# inb into AL without declaring it: EAX is not saved
# generated: clang-19 --target=i686-unknown-none -O2 -mgeneral-regs-only -S c/port-io-undeclared.c
# triple: i686-unknown-none
# handler: handler
# expect: gpr-clobbered
	.text
	.file	"port-io-undeclared.c"
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
	andl	$-16, %esp
	cld
	#APP
	inb	$128, %al
	movb	%al, status
	#NO_APP
	movl	%ebp, %esp
	popl	%ebp
	.cfi_def_cfa %esp, 4
	iretl
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

	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym handler
