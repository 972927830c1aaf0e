# negative control: base-x86_64-in-module-call.s with a push around the handler's call to count
# triple: x86_64-pc-linux-gnu
# handler: handler
# catches: misaligned-call-site
	.text
	.file	"in-module-callee.ll"
	.p2align	4, 0x90                         # -- Begin function count
	.type	count,@function
count:                                  # @count
	.cfi_startproc
	movq	ticks@GOTPCREL(%rip), %rax
	addl	%edi, (%rax)
	retq
.Lfunc_end0:
	.size	count, .Lfunc_end0-count
	.cfi_endproc
                                        # -- End function
	.globl	handler                         # -- Begin function handler
	.p2align	4, 0x90
	.type	handler,@function
handler:                                # @handler
	.cfi_startproc
	pushq	%rax
	.cfi_def_cfa_offset 16
	pushq	%r11
	.cfi_def_cfa_offset 24
	pushq	%r10
	.cfi_def_cfa_offset 32
	pushq	%r9
	.cfi_def_cfa_offset 40
	pushq	%r8
	.cfi_def_cfa_offset 48
	pushq	%rdi
	.cfi_def_cfa_offset 56
	pushq	%rsi
	.cfi_def_cfa_offset 64
	pushq	%rdx
	.cfi_def_cfa_offset 72
	pushq	%rcx
	.cfi_def_cfa_offset 80
	subq	$256, %rsp                      # imm = 0x100
	movaps	%xmm15, 240(%rsp)               # 16-byte Spill
	movaps	%xmm14, 224(%rsp)               # 16-byte Spill
	movaps	%xmm13, 208(%rsp)               # 16-byte Spill
	movaps	%xmm12, 192(%rsp)               # 16-byte Spill
	movaps	%xmm11, 176(%rsp)               # 16-byte Spill
	movaps	%xmm10, 160(%rsp)               # 16-byte Spill
	movaps	%xmm9, 144(%rsp)                # 16-byte Spill
	movaps	%xmm8, 128(%rsp)                # 16-byte Spill
	movaps	%xmm7, 112(%rsp)                # 16-byte Spill
	movaps	%xmm6, 96(%rsp)                 # 16-byte Spill
	movaps	%xmm5, 80(%rsp)                 # 16-byte Spill
	movaps	%xmm4, 64(%rsp)                 # 16-byte Spill
	movaps	%xmm3, 48(%rsp)                 # 16-byte Spill
	movaps	%xmm2, 32(%rsp)                 # 16-byte Spill
	movaps	%xmm1, 16(%rsp)                 # 16-byte Spill
	movaps	%xmm0, (%rsp)                   # 16-byte Spill
	.cfi_def_cfa_offset 336
	.cfi_offset %rcx, -80
	.cfi_offset %rdx, -72
	.cfi_offset %rsi, -64
	.cfi_offset %rdi, -56
	.cfi_offset %r8, -48
	.cfi_offset %r9, -40
	.cfi_offset %r10, -32
	.cfi_offset %r11, -24
	.cfi_offset %xmm0, -336
	.cfi_offset %xmm1, -320
	.cfi_offset %xmm2, -304
	.cfi_offset %xmm3, -288
	.cfi_offset %xmm4, -272
	.cfi_offset %xmm5, -256
	.cfi_offset %xmm6, -240
	.cfi_offset %xmm7, -224
	.cfi_offset %xmm8, -208
	.cfi_offset %xmm9, -192
	.cfi_offset %xmm10, -176
	.cfi_offset %xmm11, -160
	.cfi_offset %xmm12, -144
	.cfi_offset %xmm13, -128
	.cfi_offset %xmm14, -112
	.cfi_offset %xmm15, -96
	.cfi_offset %rax, -16
	cld
	movl	$3, %edi
	pushq	%rax
	callq	count
	popq	%rax
	movaps	(%rsp), %xmm0                   # 16-byte Reload
	movaps	16(%rsp), %xmm1                 # 16-byte Reload
	movaps	32(%rsp), %xmm2                 # 16-byte Reload
	movaps	48(%rsp), %xmm3                 # 16-byte Reload
	movaps	64(%rsp), %xmm4                 # 16-byte Reload
	movaps	80(%rsp), %xmm5                 # 16-byte Reload
	movaps	96(%rsp), %xmm6                 # 16-byte Reload
	movaps	112(%rsp), %xmm7                # 16-byte Reload
	movaps	128(%rsp), %xmm8                # 16-byte Reload
	movaps	144(%rsp), %xmm9                # 16-byte Reload
	movaps	160(%rsp), %xmm10               # 16-byte Reload
	movaps	176(%rsp), %xmm11               # 16-byte Reload
	movaps	192(%rsp), %xmm12               # 16-byte Reload
	movaps	208(%rsp), %xmm13               # 16-byte Reload
	movaps	224(%rsp), %xmm14               # 16-byte Reload
	movaps	240(%rsp), %xmm15               # 16-byte Reload
	addq	$256, %rsp                      # imm = 0x100
	.cfi_def_cfa_offset 80
	popq	%rcx
	.cfi_def_cfa_offset 72
	popq	%rdx
	.cfi_def_cfa_offset 64
	popq	%rsi
	.cfi_def_cfa_offset 56
	popq	%rdi
	.cfi_def_cfa_offset 48
	popq	%r8
	.cfi_def_cfa_offset 40
	popq	%r9
	.cfi_def_cfa_offset 32
	popq	%r10
	.cfi_def_cfa_offset 24
	popq	%r11
	.cfi_def_cfa_offset 16
	popq	%rax
	.cfi_def_cfa_offset 8
	iretq
.Lfunc_end1:
	.size	handler, .Lfunc_end1-handler
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function first
	.type	first,@function
first:                                  # @first
	.cfi_startproc
	pushq	%rax
	.cfi_def_cfa_offset 16
	callq	count
	popq	%rax
	.cfi_def_cfa_offset 8
	retq
.Lfunc_end2:
	.size	first, .Lfunc_end2-first
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function second
	.type	second,@function
second:                                 # @second
	.cfi_startproc
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset %rbx, -16
	movl	%edi, %ebx
	callq	count
	movl	%ebx, %edi
	callq	count
	popq	%rbx
	.cfi_def_cfa_offset 8
	retq
.Lfunc_end3:
	.size	second, .Lfunc_end3-second
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function third
	.type	third,@function
third:                                  # @third
	.cfi_startproc
	pushq	%rax
	.cfi_def_cfa_offset 16
                                        # kill: def $edi killed $edi def $rdi
	leal	(%rdi,%rdi,2), %edi
	callq	count
	popq	%rax
	.cfi_def_cfa_offset 8
	retq
.Lfunc_end4:
	.size	third, .Lfunc_end4-third
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function fourth
	.type	fourth,@function
fourth:                                 # @fourth
	.cfi_startproc
	pushq	%rax
	.cfi_def_cfa_offset 16
	xorl	$4, %edi
	callq	count
	popq	%rax
	.cfi_def_cfa_offset 8
	retq
.Lfunc_end5:
	.size	fourth, .Lfunc_end5-fourth
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function fifth
	.type	fifth,@function
fifth:                                  # @fifth
	.cfi_startproc
	pushq	%rax
	.cfi_def_cfa_offset 16
	shll	$5, %edi
	callq	third
	popq	%rax
	.cfi_def_cfa_offset 8
	retq
.Lfunc_end6:
	.size	fifth, .Lfunc_end6-fifth
	.cfi_endproc
                                        # -- End function
	.globl	many                            # -- Begin function many
	.p2align	4, 0x90
	.type	many,@function
many:                                   # @many
	.cfi_startproc
	pushq	%rax
	.cfi_def_cfa_offset 16
	pushq	%r11
	.cfi_def_cfa_offset 24
	pushq	%r10
	.cfi_def_cfa_offset 32
	pushq	%r9
	.cfi_def_cfa_offset 40
	pushq	%r8
	.cfi_def_cfa_offset 48
	pushq	%rdi
	.cfi_def_cfa_offset 56
	pushq	%rsi
	.cfi_def_cfa_offset 64
	pushq	%rdx
	.cfi_def_cfa_offset 72
	pushq	%rcx
	.cfi_def_cfa_offset 80
	subq	$256, %rsp                      # imm = 0x100
	movaps	%xmm15, 240(%rsp)               # 16-byte Spill
	movaps	%xmm14, 224(%rsp)               # 16-byte Spill
	movaps	%xmm13, 208(%rsp)               # 16-byte Spill
	movaps	%xmm12, 192(%rsp)               # 16-byte Spill
	movaps	%xmm11, 176(%rsp)               # 16-byte Spill
	movaps	%xmm10, 160(%rsp)               # 16-byte Spill
	movaps	%xmm9, 144(%rsp)                # 16-byte Spill
	movaps	%xmm8, 128(%rsp)                # 16-byte Spill
	movaps	%xmm7, 112(%rsp)                # 16-byte Spill
	movaps	%xmm6, 96(%rsp)                 # 16-byte Spill
	movaps	%xmm5, 80(%rsp)                 # 16-byte Spill
	movaps	%xmm4, 64(%rsp)                 # 16-byte Spill
	movaps	%xmm3, 48(%rsp)                 # 16-byte Spill
	movaps	%xmm2, 32(%rsp)                 # 16-byte Spill
	movaps	%xmm1, 16(%rsp)                 # 16-byte Spill
	movaps	%xmm0, (%rsp)                   # 16-byte Spill
	.cfi_def_cfa_offset 336
	.cfi_offset %rcx, -80
	.cfi_offset %rdx, -72
	.cfi_offset %rsi, -64
	.cfi_offset %rdi, -56
	.cfi_offset %r8, -48
	.cfi_offset %r9, -40
	.cfi_offset %r10, -32
	.cfi_offset %r11, -24
	.cfi_offset %xmm0, -336
	.cfi_offset %xmm1, -320
	.cfi_offset %xmm2, -304
	.cfi_offset %xmm3, -288
	.cfi_offset %xmm4, -272
	.cfi_offset %xmm5, -256
	.cfi_offset %xmm6, -240
	.cfi_offset %xmm7, -224
	.cfi_offset %xmm8, -208
	.cfi_offset %xmm9, -192
	.cfi_offset %xmm10, -176
	.cfi_offset %xmm11, -160
	.cfi_offset %xmm12, -144
	.cfi_offset %xmm13, -128
	.cfi_offset %xmm14, -112
	.cfi_offset %xmm15, -96
	.cfi_offset %rax, -16
	cld
	movl	$1, %edi
	callq	first
	movl	$2, %edi
	callq	second
	movl	$4, %edi
	callq	fourth
	movl	$5, %edi
	callq	fifth
	movaps	(%rsp), %xmm0                   # 16-byte Reload
	movaps	16(%rsp), %xmm1                 # 16-byte Reload
	movaps	32(%rsp), %xmm2                 # 16-byte Reload
	movaps	48(%rsp), %xmm3                 # 16-byte Reload
	movaps	64(%rsp), %xmm4                 # 16-byte Reload
	movaps	80(%rsp), %xmm5                 # 16-byte Reload
	movaps	96(%rsp), %xmm6                 # 16-byte Reload
	movaps	112(%rsp), %xmm7                # 16-byte Reload
	movaps	128(%rsp), %xmm8                # 16-byte Reload
	movaps	144(%rsp), %xmm9                # 16-byte Reload
	movaps	160(%rsp), %xmm10               # 16-byte Reload
	movaps	176(%rsp), %xmm11               # 16-byte Reload
	movaps	192(%rsp), %xmm12               # 16-byte Reload
	movaps	208(%rsp), %xmm13               # 16-byte Reload
	movaps	224(%rsp), %xmm14               # 16-byte Reload
	movaps	240(%rsp), %xmm15               # 16-byte Reload
	addq	$256, %rsp                      # imm = 0x100
	.cfi_def_cfa_offset 80
	popq	%rcx
	.cfi_def_cfa_offset 72
	popq	%rdx
	.cfi_def_cfa_offset 64
	popq	%rsi
	.cfi_def_cfa_offset 56
	popq	%rdi
	.cfi_def_cfa_offset 48
	popq	%r8
	.cfi_def_cfa_offset 40
	popq	%r9
	.cfi_def_cfa_offset 32
	popq	%r10
	.cfi_def_cfa_offset 24
	popq	%r11
	.cfi_def_cfa_offset 16
	popq	%rax
	.cfi_def_cfa_offset 8
	iretq
.Lfunc_end7:
	.size	many, .Lfunc_end7-many
	.cfi_endproc
                                        # -- End function
	.type	ticks,@object                   # @ticks
	.bss
	.globl	ticks
	.p2align	2, 0x0
ticks:
	.long	0                               # 0x0
	.size	ticks, 4

