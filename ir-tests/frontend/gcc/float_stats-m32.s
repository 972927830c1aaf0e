	.file	"float_stats.c"
	.text
	.globl	__subsf3
	.globl	__floatunsisf
	.globl	__divsf3
	.globl	__addsf3
	.p2align 4
	.globl	sample_sensor
	.type	sample_sensor, @function
sample_sensor:
.LFB0:
	.cfi_startproc
	pushl	%ebp
	.cfi_def_cfa_offset 8
	.cfi_offset 5, -8
	movl	%esp, %ebp
	.cfi_def_cfa_register 5
	pushl	%edi
	pushl	%esi
	pushl	%ebx
	pushl	%ecx
	pushl	%edx
	pushl	%eax
	andl	$-16, %esp
	subl	$24, %esp
	.cfi_offset 7, -12
	.cfi_offset 6, -16
	.cfi_offset 3, -20
	.cfi_offset 1, -24
	.cfi_offset 2, -28
	.cfi_offset 0, -32
	movl	samples, %eax
	movl	mean, %edi
	leal	1(%eax), %ebx
	movl	sensor, %eax
	movl	%ebx, samples
	pushl	%edi
	pushl	%eax
	cld
	call	__subsf3
	movl	%ebx, (%esp)
	movl	%eax, %esi
	call	__floatunsisf
	addl	$8, %esp
	pushl	%eax
	pushl	%esi
	call	__divsf3
	addl	$8, %esp
	pushl	%edi
	pushl	%eax
	call	__addsf3
	addl	$16, %esp
	movl	%eax, mean
	leal	-24(%ebp), %esp
	popl	%eax
	.cfi_restore 0
	popl	%edx
	.cfi_restore 2
	popl	%ecx
	.cfi_restore 1
	popl	%ebx
	.cfi_restore 3
	popl	%esi
	.cfi_restore 6
	popl	%edi
	.cfi_restore 7
	popl	%ebp
	.cfi_restore 5
	.cfi_def_cfa 4, 4
	iret
	.cfi_endproc
.LFE0:
	.size	sample_sensor, .-sample_sensor
	.globl	samples
	.bss
	.align 4
	.type	samples, @object
	.size	samples, 4
samples:
	.zero	4
	.globl	mean
	.align 4
	.type	mean, @object
	.size	mean, 4
mean:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
