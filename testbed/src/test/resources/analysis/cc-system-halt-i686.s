# str, sti; hlt; cli, ltr: the path goes on after hlt to the iret
# generated: clang-19 --target=i686-unknown-none -O2 -mgeneral-regs-only -S c/system-halt.c
# triple: i686-unknown-none
# handler: handler
# expect: none
	.text
	.file	"system-halt.c"
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
	#APP
	strw	%ax
	#NO_APP
	movw	%ax, task
	#APP
	sti
	hlt
	cli
	#NO_APP
	movzwl	task, %eax
	#APP
	ltrw	%ax
	#NO_APP
	leal	-4(%ebp), %esp
	popl	%eax
	popl	%ebp
	.cfi_def_cfa %esp, 4
	iretl
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
                                        # -- End function
	.type	task,@object                    # @task
	.bss
	.globl	task
	.p2align	1, 0x0
task:
	.short	0                               # 0x0
	.size	task, 2

	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym handler
