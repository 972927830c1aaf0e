# x86-64 handler doing x86_fp80 arithmetic (llvm#26785)
# generated: ./iretlab compile --params 1 --body x87 --triple x86_64-unknown-none
# triple: x86_64-unknown-none
# handler: handler
# expect: x87-state-clobbered mmx-state-clobbered fp-env-inherited
	.file	"handler"
	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0                          # -- Begin function handler
.LCPI0_0:
	.long	0x40400000                      # float 3
	.text
	.globl	handler
	.p2align	4
	.type	handler,@function
handler:                                # @handler
	.cfi_startproc
# %bb.0:                                # %entry
	fldt	x87_value(%rip)
	fmuls	.LCPI0_0(%rip)
	fld1
	faddp	%st, %st(1)
	fstpt	x87_value(%rip)
	iretq
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
                                        # -- End function
	.hidden	x87_value                       # @x87_value
	.type	x87_value,@object
	.bss
	.globl	x87_value
	.p2align	4, 0x0
x87_value:
	.quad	0x0000000000000000              # x86_fp80 0
	.short	0x0000
	.zero	6
	.size	x87_value, 16

	.section	".note.GNU-stack","",@progbits
