	.file	"segments.c"
	.text
	.p2align 4
	.globl	gp_fault_reload
	.type	gp_fault_reload, @function
gp_fault_reload:
.LFB3:
	.cfi_startproc
	.cfi_def_cfa_offset 8
	pushl	%eax
	.cfi_def_cfa_offset 12
	.cfi_offset 0, -12
#APP
# 11 "segments.c" 1
	mov $0x10, %ax
	mov %ax, %ds
	mov %ax, %es
	mov %ax, %fs
	mov %ax, %gs
# 0 "" 2
#NO_APP
	movl	4(%esp), %eax
	movl	%eax, last_gp_error
	popl	%eax
	.cfi_restore 0
	.cfi_def_cfa_offset 8
	addl	$4, %esp
	.cfi_def_cfa_offset 4
	iret
	.cfi_endproc
.LFE3:
	.size	gp_fault_reload, .-gp_fault_reload
	.p2align 4
	.globl	gp_fault_saved
	.type	gp_fault_saved, @function
gp_fault_saved:
.LFB4:
	.cfi_startproc
	.cfi_def_cfa_offset 8
	pushl	%ecx
	.cfi_def_cfa_offset 12
	.cfi_offset 1, -12
	pushl	%edx
	.cfi_def_cfa_offset 16
	.cfi_offset 2, -16
	pushl	%eax
	.cfi_def_cfa_offset 20
	.cfi_offset 0, -20
#APP
# 20 "segments.c" 1
	mov %ds, %dx
	mov %es, %ax
# 0 "" 2
#NO_APP
	movl	$16, %ecx
#APP
# 21 "segments.c" 1
	mov %cx, %ds
	mov %cx, %es
# 0 "" 2
#NO_APP
	movl	12(%esp), %ecx
	movl	%ecx, last_gp_error
#APP
# 23 "segments.c" 1
	mov %ax, %es
	mov %dx, %ds
# 0 "" 2
#NO_APP
	popl	%eax
	.cfi_restore 0
	.cfi_def_cfa_offset 16
	popl	%edx
	.cfi_restore 2
	.cfi_def_cfa_offset 12
	popl	%ecx
	.cfi_restore 1
	.cfi_def_cfa_offset 8
	addl	$4, %esp
	.cfi_def_cfa_offset 4
	iret
	.cfi_endproc
.LFE4:
	.size	gp_fault_saved, .-gp_fault_saved
	.p2align 4
	.globl	spurious_pushpop
	.type	spurious_pushpop, @function
spurious_pushpop:
.LFB5:
	.cfi_startproc
	pushl	%eax
	.cfi_def_cfa_offset 8
	.cfi_offset 0, -8
#APP
# 29 "segments.c" 1
	push %ds
	mov $0x10, %ax
	mov %ax, %ds
	incl irq7_spurious
	pop %ds
# 0 "" 2
#NO_APP
	popl	%eax
	.cfi_restore 0
	.cfi_def_cfa_offset 4
	iret
	.cfi_endproc
.LFE5:
	.size	spurious_pushpop, .-spurious_pushpop
	.globl	irq7_spurious
	.bss
	.align 4
	.type	irq7_spurious, @object
	.size	irq7_spurious, 4
irq7_spurious:
	.zero	4
	.globl	last_gp_error
	.align 4
	.type	last_gp_error, @object
	.size	last_gp_error, 4
last_gp_error:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
