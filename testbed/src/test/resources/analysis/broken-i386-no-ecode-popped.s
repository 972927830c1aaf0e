# negative control: real-i386-pressure.s with a word popped although there is no error code
# triple: i386-unknown-none
# handler: handler
# expect: sp-at-iret-wrong
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
	pushl	%edi
	pushl	%esi
	pushl	%edx
	pushl	%ecx
	pushl	%ebx
	pushl	%eax
	andl	$-16, %esp
	subl	$32, %esp
	.cfi_offset %eax, -32
	.cfi_offset %ebx, -28
	.cfi_offset %ecx, -24
	.cfi_offset %edx, -20
	.cfi_offset %esi, -16
	.cfi_offset %edi, -12
	movl	pressure_values, %eax
	movl	%eax, 20(%esp)                  # 4-byte Spill
	movl	pressure_values+4, %eax
	movl	%eax, 16(%esp)                  # 4-byte Spill
	movl	pressure_values+8, %eax
	movl	%eax, 12(%esp)                  # 4-byte Spill
	movl	pressure_values+12, %eax
	movl	%eax, 8(%esp)                   # 4-byte Spill
	movl	pressure_values+16, %eax
	movl	%eax, 4(%esp)                   # 4-byte Spill
	movl	pressure_values+20, %eax
	movl	%eax, (%esp)                    # 4-byte Spill
	movl	pressure_values+24, %edi
	movl	pressure_values+28, %esi
	movl	pressure_values+32, %edx
	movl	pressure_values+36, %ecx
	movl	pressure_values+40, %eax
	movl	pressure_values+44, %ebx
	movl	%ebx, pressure_values+44
	movl	%eax, pressure_values+40
	movl	%ecx, pressure_values+36
	movl	%edx, pressure_values+32
	movl	%esi, pressure_values+28
	movl	%edi, pressure_values+24
	movl	(%esp), %eax                    # 4-byte Reload
	movl	%eax, pressure_values+20
	movl	4(%esp), %eax                   # 4-byte Reload
	movl	%eax, pressure_values+16
	movl	8(%esp), %eax                   # 4-byte Reload
	movl	%eax, pressure_values+12
	movl	12(%esp), %eax                  # 4-byte Reload
	movl	%eax, pressure_values+8
	movl	16(%esp), %eax                  # 4-byte Reload
	movl	%eax, pressure_values+4
	movl	20(%esp), %eax                  # 4-byte Reload
	movl	%eax, pressure_values
	leal	-24(%ebp), %esp
	popl	%eax
	popl	%ebx
	popl	%ecx
	popl	%edx
	popl	%esi
	popl	%edi
	popl	%ebp
	.cfi_def_cfa %esp, 4
	addl	$4, %esp
	iretl
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
                                        # -- End function
	.hidden	pressure_values                 # @pressure_values
	.type	pressure_values,@object
	.bss
	.globl	pressure_values
	.p2align	4, 0x0
pressure_values:
	.zero	48
	.size	pressure_values, 48

	.section	".note.GNU-stack","",@progbits
