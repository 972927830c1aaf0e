# the same on i686 with SSE2
# generated: clang-19 --target=i686-unknown-none -O2 -msse2 -S c/volatile-float.c
# triple: i686-unknown-none
# features: +sse2
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
	pushl	%ebp
	.cfi_def_cfa_offset 8
	.cfi_offset %ebp, -8
	movl	%esp, %ebp
	.cfi_def_cfa_register %ebp
	andl	$-16, %esp
	subl	$48, %esp
	movups	%xmm0, -24(%ebp)                # 16-byte Spill
	movss	value, %xmm0                    # xmm0 = mem[0],zero,zero,zero
	movss	%xmm0, 12(%esp)
	movss	12(%esp), %xmm0                 # xmm0 = mem[0],zero,zero,zero
	movss	%xmm0, value
	movups	-24(%ebp), %xmm0                # 16-byte Reload
	movl	%ebp, %esp
	popl	%ebp
	.cfi_def_cfa %esp, 4
	iretl
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
