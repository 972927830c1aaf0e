# the same at -O0
# generated: clang-19 --target=x86_64-unknown-none -O0 -mno-red-zone -S c/volatile-float.c
# triple: x86_64-unknown-none
# handler: handler
# expect: none
	.text
	.file	"volatile-float.c"
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
	pushq	%rax
	subq	$40, %rsp
	movaps	%xmm0, -32(%rbp)                # 16-byte Spill
	.cfi_offset %xmm0, -48
	.cfi_offset %rax, -24
	leaq	8(%rbp), %rax
	movq	%rax, -40(%rbp)
	movss	value(%rip), %xmm0              # xmm0 = mem[0],zero,zero,zero
	movss	%xmm0, -44(%rbp)
	movss	-44(%rbp), %xmm0                # xmm0 = mem[0],zero,zero,zero
	movss	%xmm0, value(%rip)
	movaps	-32(%rbp), %xmm0                # 16-byte Reload
	addq	$40, %rsp
	popq	%rax
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
	.p2align	2, 0x0
value:
	.long	0x00000000                      # float 0
	.size	value, 4

	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym handler
	.addrsig_sym value
