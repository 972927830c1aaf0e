# port I/O (in, out, rep insw after cld), all operands declared
# generated: clang-19 --target=i686-unknown-none -O2 -mgeneral-regs-only -S c/port-io.c
# triple: i686-unknown-none
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
	pushl	%ebp
	.cfi_def_cfa_offset 8
	.cfi_offset %ebp, -8
	movl	%esp, %ebp
	.cfi_def_cfa_register %ebp
	pushl	%edi
	pushl	%edx
	pushl	%ecx
	pushl	%eax
	andl	$-16, %esp
	.cfi_offset %eax, -24
	.cfi_offset %ecx, -20
	.cfi_offset %edx, -16
	.cfi_offset %edi, -12
	cld
	#APP
	inb	$128, %al
	#NO_APP
	movb	%al, status
	movw	$496, %dx                       # imm = 0x1F0
	movl	$block, %edi
	movl	$8, %ecx
	#APP
	cld
	rep		insw	%dx, %es:(%edi)
	#NO_APP
	movb	$32, %al
	#APP
	outb	%al, $32
	#NO_APP
	leal	-16(%ebp), %esp
	popl	%eax
	popl	%ecx
	popl	%edx
	popl	%edi
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

	.type	block,@object                   # @block
	.globl	block
	.p2align	1, 0x0
block:
	.zero	16
	.size	block, 16

	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym handler
	.addrsig_sym block
