	.file	"pic_irqs.c"
	.text
	.p2align 4
	.globl	pit_tick
	.type	pit_tick, @function
pit_tick:
.LFB3:
	.cfi_startproc
	pushl	%eax
	.cfi_def_cfa_offset 8
	.cfi_offset 0, -8
	movl	ticks, %eax
	addl	$1, %eax
	movl	%eax, ticks
	movl	$32, %eax
#APP
# 10 "kernel_io.h" 1
	outb %al, $32
# 0 "" 2
#NO_APP
	popl	%eax
	.cfi_restore 0
	.cfi_def_cfa_offset 4
	iret
	.cfi_endproc
.LFE3:
	.size	pit_tick, .-pit_tick
	.p2align 4
	.globl	ps2_key
	.type	ps2_key, @function
ps2_key:
.LFB4:
	.cfi_startproc
	pushl	%edx
	.cfi_def_cfa_offset 8
	.cfi_offset 2, -8
	movl	key_head, %edx
	pushl	%eax
	.cfi_def_cfa_offset 12
	.cfi_offset 0, -12
#APP
# 15 "kernel_io.h" 1
	inb $96, %al
# 0 "" 2
#NO_APP
	andl	$63, %edx
	movb	%al, key_ring(%edx)
	movl	key_head, %eax
	addl	$1, %eax
	movl	%eax, key_head
	movl	$32, %eax
#APP
# 10 "kernel_io.h" 1
	outb %al, $32
# 0 "" 2
#NO_APP
	popl	%eax
	.cfi_restore 0
	.cfi_def_cfa_offset 8
	popl	%edx
	.cfi_restore 2
	.cfi_def_cfa_offset 4
	iret
	.cfi_endproc
.LFE4:
	.size	ps2_key, .-ps2_key
	.p2align 4
	.globl	com1_rx
	.type	com1_rx, @function
com1_rx:
.LFB5:
	.cfi_startproc
	pushl	%edi
	.cfi_def_cfa_offset 8
	.cfi_offset 7, -8
	pushl	%esi
	.cfi_def_cfa_offset 12
	.cfi_offset 6, -12
	pushl	%ebx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	pushl	%ecx
	.cfi_def_cfa_offset 20
	.cfi_offset 1, -20
	pushl	%edx
	.cfi_def_cfa_offset 24
	.cfi_offset 2, -24
	movl	$1021, %edx
	pushl	%eax
	.cfi_def_cfa_offset 28
	.cfi_offset 0, -28
#APP
# 15 "kernel_io.h" 1
	inb %dx, %al
# 0 "" 2
#NO_APP
	testb	$1, %al
	je	.L7
	movl	$16, %ebx
	movl	$1016, %esi
	movl	$1021, %edi
	jmp	.L8
	.p2align 4,,10
	.p2align 3
.L17:
	movl	%edi, %edx
#APP
# 15 "kernel_io.h" 1
	inb %dx, %al
# 0 "" 2
#NO_APP
	testb	$1, %al
	je	.L7
.L8:
	movl	serial_head, %ecx
	movl	%esi, %edx
	leal	1(%ecx), %eax
	movl	%eax, serial_head
#APP
# 15 "kernel_io.h" 1
	inb %dx, %al
# 0 "" 2
#NO_APP
	movzbl	%cl, %ecx
	movb	%al, serial_ring(%ecx)
	subl	$1, %ebx
	jne	.L17
.L7:
	movl	$32, %eax
#APP
# 10 "kernel_io.h" 1
	outb %al, $32
# 0 "" 2
#NO_APP
	popl	%eax
	.cfi_restore 0
	.cfi_def_cfa_offset 24
	popl	%edx
	.cfi_restore 2
	.cfi_def_cfa_offset 20
	popl	%ecx
	.cfi_restore 1
	.cfi_def_cfa_offset 16
	popl	%ebx
	.cfi_restore 3
	.cfi_def_cfa_offset 12
	popl	%esi
	.cfi_restore 6
	.cfi_def_cfa_offset 8
	popl	%edi
	.cfi_restore 7
	.cfi_def_cfa_offset 4
	iret
	.cfi_endproc
.LFE5:
	.size	com1_rx, .-com1_rx
	.p2align 4
	.globl	ata_primary
	.type	ata_primary, @function
ata_primary:
.LFB6:
	.cfi_startproc
	pushl	%edi
	.cfi_def_cfa_offset 8
	.cfi_offset 7, -8
	movl	$ata_sector, %edi
	pushl	%ecx
	.cfi_def_cfa_offset 12
	.cfi_offset 1, -12
	movl	$256, %ecx
	pushl	%edx
	.cfi_def_cfa_offset 16
	.cfi_offset 2, -16
	movl	$496, %edx
	pushl	%eax
	.cfi_def_cfa_offset 20
	.cfi_offset 0, -20
#APP
# 40 "pic_irqs.c" 1
	rep insw
# 0 "" 2
#NO_APP
	movl	$32, %eax
#APP
# 10 "kernel_io.h" 1
	outb %al, $160
# 0 "" 2
# 10 "kernel_io.h" 1
	outb %al, $32
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
	popl	%edi
	.cfi_restore 7
	.cfi_def_cfa_offset 4
	iret
	.cfi_endproc
.LFE6:
	.size	ata_primary, .-ata_primary
	.globl	ata_sector
	.bss
	.align 32
	.type	ata_sector, @object
	.size	ata_sector, 512
ata_sector:
	.zero	512
	.globl	serial_head
	.align 4
	.type	serial_head, @object
	.size	serial_head, 4
serial_head:
	.zero	4
	.globl	serial_ring
	.align 32
	.type	serial_ring, @object
	.size	serial_ring, 256
serial_ring:
	.zero	256
	.globl	key_head
	.align 4
	.type	key_head, @object
	.size	key_head, 4
key_head:
	.zero	4
	.globl	key_ring
	.align 32
	.type	key_ring, @object
	.size	key_ring, 64
key_ring:
	.zero	64
	.globl	ticks
	.align 4
	.type	ticks, @object
	.size	ticks, 4
ticks:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
