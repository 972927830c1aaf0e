# a volatile float next to xmm0's spill: movss writes 4 bytes
# generated: clang-19 --target=x86_64-unknown-none -O2 -mno-red-zone -S c/volatile-float.c
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
	subq	$32, %rsp
	movaps	%xmm0, -16(%rbp)                # 16-byte Spill
	movss	value(%rip), %xmm0              # xmm0 = mem[0],zero,zero,zero
	movss	%xmm0, -20(%rbp)
	movss	-20(%rbp), %xmm0                # xmm0 = mem[0],zero,zero,zero
	movss	%xmm0, value(%rip)
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
	.p2align	2, 0x0
value:
	.long	0x00000000                      # float 0
	.size	value, 4

	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym handler
