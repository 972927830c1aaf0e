# negative control: base-i386-in-module-call.s as LLVM 14 compiles it (llc-14 -opaque-pointers -O2): no realignment
# catches: misaligned-call-site
# triple: i386-pc-linux-gnu
# handler: handler
	.text
	.file	"in-module-callee.ll"
	.p2align	4, 0x90                         # -- Begin function count
	.type	count,@function
count:                                  # @count
	.cfi_startproc
# %bb.0:
	movl	4(%esp), %eax
	addl	%eax, ticks
	retl
.Lfunc_end0:
	.size	count, .Lfunc_end0-count
	.cfi_endproc
                                        # -- End function
	.globl	handler                         # -- Begin function handler
	.p2align	4, 0x90
	.type	handler,@function
handler:                                # @handler
	.cfi_startproc
# %bb.0:
	pushl	%edx
	.cfi_def_cfa_offset 8
	pushl	%ecx
	.cfi_def_cfa_offset 12
	pushl	%eax
	.cfi_def_cfa_offset 16
	subl	$16, %esp
	.cfi_def_cfa_offset 32
	.cfi_offset %eax, -16
	.cfi_offset %ecx, -12
	.cfi_offset %edx, -8
	cld
	movl	$3, (%esp)
	calll	count
	addl	$16, %esp
	.cfi_def_cfa_offset 16
	popl	%eax
	.cfi_def_cfa_offset 12
	popl	%ecx
	.cfi_def_cfa_offset 8
	popl	%edx
	.cfi_def_cfa_offset 4
	iretl
.Lfunc_end1:
	.size	handler, .Lfunc_end1-handler
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function first
	.type	first,@function
first:                                  # @first
	.cfi_startproc
# %bb.0:
	subl	$12, %esp
	.cfi_def_cfa_offset 16
	movl	16(%esp), %eax
	movl	%eax, (%esp)
	calll	count
	addl	$12, %esp
	.cfi_def_cfa_offset 4
	retl
.Lfunc_end2:
	.size	first, .Lfunc_end2-first
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function second
	.type	second,@function
second:                                 # @second
	.cfi_startproc
# %bb.0:
	pushl	%esi
	.cfi_def_cfa_offset 8
	subl	$8, %esp
	.cfi_def_cfa_offset 16
	.cfi_offset %esi, -8
	movl	16(%esp), %esi
	movl	%esi, (%esp)
	calll	count
	movl	%esi, (%esp)
	calll	count
	addl	$8, %esp
	.cfi_def_cfa_offset 8
	popl	%esi
	.cfi_def_cfa_offset 4
	retl
.Lfunc_end3:
	.size	second, .Lfunc_end3-second
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function third
	.type	third,@function
third:                                  # @third
	.cfi_startproc
# %bb.0:
	subl	$12, %esp
	.cfi_def_cfa_offset 16
	movl	16(%esp), %eax
	leal	(%eax,%eax,2), %eax
	movl	%eax, (%esp)
	calll	count
	addl	$12, %esp
	.cfi_def_cfa_offset 4
	retl
.Lfunc_end4:
	.size	third, .Lfunc_end4-third
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function fourth
	.type	fourth,@function
fourth:                                 # @fourth
	.cfi_startproc
# %bb.0:
	subl	$12, %esp
	.cfi_def_cfa_offset 16
	movl	16(%esp), %eax
	xorl	$4, %eax
	movl	%eax, (%esp)
	calll	count
	addl	$12, %esp
	.cfi_def_cfa_offset 4
	retl
.Lfunc_end5:
	.size	fourth, .Lfunc_end5-fourth
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function fifth
	.type	fifth,@function
fifth:                                  # @fifth
	.cfi_startproc
# %bb.0:
	subl	$12, %esp
	.cfi_def_cfa_offset 16
	movl	16(%esp), %eax
	shll	$5, %eax
	movl	%eax, (%esp)
	calll	third
	addl	$12, %esp
	.cfi_def_cfa_offset 4
	retl
.Lfunc_end6:
	.size	fifth, .Lfunc_end6-fifth
	.cfi_endproc
                                        # -- End function
	.globl	many                            # -- Begin function many
	.p2align	4, 0x90
	.type	many,@function
many:                                   # @many
	.cfi_startproc
# %bb.0:
	pushl	%edx
	.cfi_def_cfa_offset 8
	pushl	%ecx
	.cfi_def_cfa_offset 12
	pushl	%eax
	.cfi_def_cfa_offset 16
	subl	$16, %esp
	.cfi_def_cfa_offset 32
	.cfi_offset %eax, -16
	.cfi_offset %ecx, -12
	.cfi_offset %edx, -8
	cld
	movl	$1, (%esp)
	calll	first
	movl	$2, (%esp)
	calll	second
	movl	$4, (%esp)
	calll	fourth
	movl	$5, (%esp)
	calll	fifth
	addl	$16, %esp
	.cfi_def_cfa_offset 16
	popl	%eax
	.cfi_def_cfa_offset 12
	popl	%ecx
	.cfi_def_cfa_offset 8
	popl	%edx
	.cfi_def_cfa_offset 4
	iretl
.Lfunc_end7:
	.size	many, .Lfunc_end7-many
	.cfi_endproc
                                        # -- End function
	.type	ticks,@object                   # @ticks
	.bss
	.globl	ticks
	.p2align	2
ticks:
	.long	0                               # 0x0
	.size	ticks, 4

