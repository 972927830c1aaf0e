# a volatile double: movsd writes 8 bytes
# generated: clang-19 --target=x86_64-unknown-none -O2 -mno-red-zone -S c/volatile-double.c
# triple: x86_64-unknown-none
# handler: handler
# expect: none
	.text
	.file	"volatile-double.c"
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
	subq	$32, %rsp
	movaps	%xmm0, -16(%rbp)                # 16-byte Spill
	movsd	value(%rip), %xmm0              # xmm0 = mem[0],zero
	movsd	%xmm0, -24(%rbp)
	movsd	-24(%rbp), %xmm0                # xmm0 = mem[0],zero
	movsd	%xmm0, value(%rip)
	movaps	-16(%rbp), %xmm0                # 16-byte Reload
	addq	$32, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	iretq
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
                                        # -- End function
	.type	value,@object                   # @value
	.bss
	.globl	value
	.p2align	3, 0x0
value:
	.quad	0x0000000000000000              # double 0
	.size	value, 8

	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym handler
