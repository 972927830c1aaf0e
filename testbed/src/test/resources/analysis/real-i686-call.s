# i686 handler with a call: realigned to 16, cld before the call; the callee may use x87
# generated: ./iretlab compile --params 1 --body call --triple i686-unknown-linux-gnu
# triple: i686-unknown-linux-gnu
# handler: handler
# expect: x87-state-clobbered mmx-state-clobbered
	.file	"handler"
	.text
	.globl	handler                         # -- Begin function handler
	.p2align	4
	.type	handler,@function
handler:                                # @handler
	.cfi_startproc
# %bb.0:                                # %entry
	pushl	%ebp
	.cfi_def_cfa_offset 8
	.cfi_offset %ebp, -8
	movl	%esp, %ebp
	.cfi_def_cfa_register %ebp
	pushl	%edx
	pushl	%ecx
	pushl	%eax
	andl	$-16, %esp
	subl	$16, %esp
	.cfi_offset %eax, -20
	.cfi_offset %ecx, -16
	.cfi_offset %edx, -12
	cld
	calll	ext
	leal	-12(%ebp), %esp
	popl	%eax
	popl	%ecx
	popl	%edx
	popl	%ebp
	.cfi_def_cfa %esp, 4
	iretl
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
                                        # -- End function
	.hidden	ext
	.section	".note.GNU-stack","",@progbits
