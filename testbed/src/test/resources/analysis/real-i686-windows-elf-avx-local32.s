# i686-pc-windows-msvc-elf (ELF instead of COFF): a call and an AVX local aligned to 32, realigned only to 16; 4-byte callee alignment
# generated: ./iretlab compile --params 1 --body call,vector=256:32 --triple i686-pc-windows-msvc-elf --mattr=+avx
# triple: i686-pc-windows-msvc-elf
# features: +avx
# handler: handler
# expect: misaligned-stack-access x87-state-clobbered mmx-state-clobbered mxcsr-clobbered
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
	subl	$304, %esp                      # imm = 0x130
	vmovups	%ymm7, -56(%ebp)                # 32-byte Spill
	vmovups	%ymm6, -88(%ebp)                # 32-byte Spill
	vmovups	%ymm5, -120(%ebp)               # 32-byte Spill
	vmovups	%ymm4, -152(%ebp)               # 32-byte Spill
	vmovups	%ymm3, -184(%ebp)               # 32-byte Spill
	vmovups	%ymm2, -216(%ebp)               # 32-byte Spill
	vmovups	%ymm1, -248(%ebp)               # 32-byte Spill
	vmovups	%ymm0, -280(%ebp)               # 32-byte Spill
	.cfi_offset %eax, -20
	.cfi_offset %ecx, -16
	.cfi_offset %edx, -12
	.cfi_offset %xmm0, -288
	.cfi_offset %xmm1, -256
	.cfi_offset %xmm2, -224
	.cfi_offset %xmm3, -192
	.cfi_offset %xmm4, -160
	.cfi_offset %xmm5, -128
	.cfi_offset %xmm6, -96
	.cfi_offset %xmm7, -64
	cld
	vzeroupper
	calll	ext
	vxorps	%xmm0, %xmm0, %xmm0
	vcmptrueps	%ymm0, %ymm0, %ymm0
	vmovaps	%ymm0, (%esp)
	vmovaps	(%esp), %ymm0
	vmovaps	%ymm0, (%esp)
	vmovups	-280(%ebp), %ymm0               # 32-byte Reload
	vmovups	-248(%ebp), %ymm1               # 32-byte Reload
	vmovups	-216(%ebp), %ymm2               # 32-byte Reload
	vmovups	-184(%ebp), %ymm3               # 32-byte Reload
	vmovups	-152(%ebp), %ymm4               # 32-byte Reload
	vmovups	-120(%ebp), %ymm5               # 32-byte Reload
	vmovups	-88(%ebp), %ymm6                # 32-byte Reload
	vmovups	-56(%ebp), %ymm7                # 32-byte Reload
	leal	-12(%ebp), %esp
	popl	%eax
	popl	%ecx
	popl	%edx
	popl	%ebp
	iretl
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
                                        # -- End function
	.hidden	ext
	.section	".note.GNU-stack","",@progbits
