# negative control: base-i386-sse-call-preserved.s with MXCSR status flags set after the fxrstor
# triple: i386-unknown-none
# features: +sse2
# handler: handler
# catches: mxcsr-clobbered
	.file	"handler"
	.text
	.globl	handler                         # -- Begin function handler
	.p2align	4
	.type	handler,@function
handler:                                # @handler
	.cfi_startproc
	pushl	%ebp
	.cfi_def_cfa_offset 8
	.cfi_offset %ebp, -8
	movl	%esp, %ebp
	.cfi_def_cfa_register %ebp
	pushl	%esi
	pushl	%edx
	pushl	%ecx
	pushl	%eax
	andl	$-16, %esp
	subl	$688, %esp                      # imm = 0x2B0
	movups	%xmm7, -40(%ebp)                # 16-byte Spill
	movups	%xmm6, -56(%ebp)                # 16-byte Spill
	movups	%xmm5, -72(%ebp)                # 16-byte Spill
	movups	%xmm4, -88(%ebp)                # 16-byte Spill
	movups	%xmm3, -104(%ebp)               # 16-byte Spill
	movups	%xmm2, -120(%ebp)               # 16-byte Spill
	movups	%xmm1, -136(%ebp)               # 16-byte Spill
	movups	%xmm0, -152(%ebp)               # 16-byte Spill
	.cfi_offset %eax, -24
	.cfi_offset %ecx, -20
	.cfi_offset %edx, -16
	.cfi_offset %esi, -12
	.cfi_offset %xmm0, -160
	.cfi_offset %xmm1, -144
	.cfi_offset %xmm2, -128
	.cfi_offset %xmm3, -112
	.cfi_offset %xmm4, -96
	.cfi_offset %xmm5, -80
	.cfi_offset %xmm6, -64
	.cfi_offset %xmm7, -48
	cld
	leal	32(%esp), %esi
	andl	$-16, %esi
	movl	$8064, 12(%esp)                 # imm = 0x1F80
	leal	12(%esp), %eax
	#APP
	fxsave	(%esi)
	fninit
	ldmxcsr	(%eax)
	#NO_APP
	calll	ext
	#APP
	fxrstor	(%esi)
	orl	$63, 24(%esi)
	ldmxcsr	24(%esi)
	#NO_APP
	movups	-152(%ebp), %xmm0               # 16-byte Reload
	movups	-136(%ebp), %xmm1               # 16-byte Reload
	movups	-120(%ebp), %xmm2               # 16-byte Reload
	movups	-104(%ebp), %xmm3               # 16-byte Reload
	movups	-88(%ebp), %xmm4                # 16-byte Reload
	movups	-72(%ebp), %xmm5                # 16-byte Reload
	movups	-56(%ebp), %xmm6                # 16-byte Reload
	movups	-40(%ebp), %xmm7                # 16-byte Reload
	leal	-16(%ebp), %esp
	popl	%eax
	popl	%ecx
	popl	%edx
	popl	%esi
	popl	%ebp
	.cfi_def_cfa %esp, 4
	iretl
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
                                        # -- End function
	.hidden	ext
	.section	".note.GNU-stack","",@progbits
