	.file	"float_local.c"
	.text
	.globl	__mulsf3
	.p2align 4
	.globl	thermal_float
	.type	thermal_float, @function
thermal_float:
.LFB3:
	.cfi_startproc
	pushl	%ebp
	.cfi_def_cfa_offset 8
	.cfi_offset 5, -8
	movl	%esp, %ebp
	.cfi_def_cfa_register 5
	pushl	%ecx
	pushl	%edx
	pushl	%eax
	andl	$-16, %esp
	subl	$40, %esp
	.cfi_offset 1, -12
	.cfi_offset 2, -16
	.cfi_offset 0, -20
	movl	sensor_celsius, %eax
	movl	%eax, 36(%esp)
	movl	36(%esp), %eax
	pushl	$0x3f000000
	pushl	%eax
	cld
	call	__mulsf3
	addl	$16, %esp
	movl	%eax, scaled_celsius
	leal	-12(%ebp), %esp
	popl	%eax
	.cfi_restore 0
	popl	%edx
	.cfi_restore 2
	popl	%ecx
	.cfi_restore 1
	popl	%ebp
	.cfi_restore 5
	.cfi_def_cfa 4, 4
	iret
	.cfi_endproc
.LFE3:
	.size	thermal_float, .-thermal_float
	.globl	__muldf3
	.p2align 4
	.globl	thermal_double
	.type	thermal_double, @function
thermal_double:
.LFB4:
	.cfi_startproc
	pushl	%ebp
	.cfi_def_cfa_offset 8
	.cfi_offset 5, -8
	movl	%esp, %ebp
	.cfi_def_cfa_register 5
	pushl	%ecx
	pushl	%edx
	pushl	%eax
	andl	$-16, %esp
	subl	$32, %esp
	.cfi_offset 1, -12
	.cfi_offset 2, -16
	.cfi_offset 0, -20
	movl	sensor_kelvin, %eax
	movl	sensor_kelvin+4, %edx
	movl	%eax, 24(%esp)
	movl	%edx, 28(%esp)
	movl	24(%esp), %eax
	movl	28(%esp), %edx
	pushl	$1071644672
	pushl	$0
	pushl	%edx
	pushl	%eax
	cld
	call	__muldf3
	addl	$16, %esp
	movl	%eax, scaled_kelvin
	movl	%edx, scaled_kelvin+4
	leal	-12(%ebp), %esp
	popl	%eax
	.cfi_restore 0
	popl	%edx
	.cfi_restore 2
	popl	%ecx
	.cfi_restore 1
	popl	%ebp
	.cfi_restore 5
	.cfi_def_cfa 4, 4
	iret
	.cfi_endproc
.LFE4:
	.size	thermal_double, .-thermal_double
	.globl	scaled_kelvin
	.bss
	.align 8
	.type	scaled_kelvin, @object
	.size	scaled_kelvin, 8
scaled_kelvin:
	.zero	8
	.globl	scaled_celsius
	.align 4
	.type	scaled_celsius, @object
	.size	scaled_celsius, 4
scaled_celsius:
	.zero	4
	.globl	sensor_kelvin
	.align 8
	.type	sensor_kelvin, @object
	.size	sensor_kelvin, 8
sensor_kelvin:
	.zero	8
	.globl	sensor_celsius
	.align 4
	.type	sensor_celsius, @object
	.size	sensor_celsius, 4
sensor_celsius:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
