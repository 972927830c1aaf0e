	.file	"pic_irqs.c"
	.text
	.p2align 4
	.globl	pit_tick
	.type	pit_tick, @function
pit_tick:
.LFB3:
	.cfi_startproc
	pushq	%rax
	.cfi_def_cfa_offset 16
	.cfi_offset 0, -16
	movq	ticks(%rip), %rax
	addq	$1, %rax
	movq	%rax, ticks(%rip)
	movl	$32, %eax
#APP
# 10 "kernel_io.h" 1
	outb %al, $32
# 0 "" 2
#NO_APP
	popq	%rax
	.cfi_restore 0
	.cfi_def_cfa_offset 8
	iretq
	.cfi_endproc
.LFE3:
	.size	pit_tick, .-pit_tick
	.p2align 4
	.globl	ps2_key
	.type	ps2_key, @function
ps2_key:
.LFB4:
	.cfi_startproc
	pushq	%rdx
	.cfi_def_cfa_offset 16
	.cfi_offset 1, -16
	movl	key_head(%rip), %edx
	pushq	%rax
	.cfi_def_cfa_offset 24
	.cfi_offset 0, -24
#APP
# 15 "kernel_io.h" 1
	inb $96, %al
# 0 "" 2
#NO_APP
	andl	$63, %edx
	movb	%al, key_ring(%rdx)
	movl	key_head(%rip), %eax
	addl	$1, %eax
	movl	%eax, key_head(%rip)
	movl	$32, %eax
#APP
# 10 "kernel_io.h" 1
	outb %al, $32
# 0 "" 2
#NO_APP
	popq	%rax
	.cfi_restore 0
	.cfi_def_cfa_offset 16
	popq	%rdx
	.cfi_restore 1
	.cfi_def_cfa_offset 8
	iretq
	.cfi_endproc
.LFE4:
	.size	ps2_key, .-ps2_key
	.p2align 4
	.globl	com1_rx
	.type	com1_rx, @function
com1_rx:
.LFB5:
	.cfi_startproc
	pushq	%rdi
	.cfi_def_cfa_offset 16
	.cfi_offset 5, -16
	pushq	%rsi
	.cfi_def_cfa_offset 24
	.cfi_offset 4, -24
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	pushq	%rcx
	.cfi_def_cfa_offset 40
	.cfi_offset 2, -40
	pushq	%rdx
	.cfi_def_cfa_offset 48
	.cfi_offset 1, -48
	movl	$1021, %edx
	pushq	%rax
	.cfi_def_cfa_offset 56
	.cfi_offset 0, -56
#APP
# 15 "kernel_io.h" 1
	inb %dx, %al
# 0 "" 2
#NO_APP
	testb	$1, %al
	je	.L7
	movl	$16, %edi
	movl	$1016, %ecx
	movl	$1021, %ebx
	jmp	.L8
	.p2align 4,,10
	.p2align 3
.L17:
	movl	%ebx, %edx
#APP
# 15 "kernel_io.h" 1
	inb %dx, %al
# 0 "" 2
#NO_APP
	testb	$1, %al
	je	.L7
.L8:
	movl	serial_head(%rip), %esi
	movl	%ecx, %edx
	leal	1(%rsi), %eax
	movl	%eax, serial_head(%rip)
#APP
# 15 "kernel_io.h" 1
	inb %dx, %al
# 0 "" 2
#NO_APP
	movzbl	%sil, %esi
	movb	%al, serial_ring(%rsi)
	subl	$1, %edi
	jne	.L17
.L7:
	movl	$32, %eax
#APP
# 10 "kernel_io.h" 1
	outb %al, $32
# 0 "" 2
#NO_APP
	popq	%rax
	.cfi_restore 0
	.cfi_def_cfa_offset 48
	popq	%rdx
	.cfi_restore 1
	.cfi_def_cfa_offset 40
	popq	%rcx
	.cfi_restore 2
	.cfi_def_cfa_offset 32
	popq	%rbx
	.cfi_restore 3
	.cfi_def_cfa_offset 24
	popq	%rsi
	.cfi_restore 4
	.cfi_def_cfa_offset 16
	popq	%rdi
	.cfi_restore 5
	.cfi_def_cfa_offset 8
	iretq
	.cfi_endproc
.LFE5:
	.size	com1_rx, .-com1_rx
	.p2align 4
	.globl	ata_primary
	.type	ata_primary, @function
ata_primary:
.LFB6:
	.cfi_startproc
	pushq	%rdi
	.cfi_def_cfa_offset 16
	.cfi_offset 5, -16
	movl	$ata_sector, %edi
	pushq	%rcx
	.cfi_def_cfa_offset 24
	.cfi_offset 2, -24
	movl	$256, %ecx
	pushq	%rdx
	.cfi_def_cfa_offset 32
	.cfi_offset 1, -32
	movl	$496, %edx
	pushq	%rax
	.cfi_def_cfa_offset 40
	.cfi_offset 0, -40
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
	popq	%rax
	.cfi_restore 0
	.cfi_def_cfa_offset 32
	popq	%rdx
	.cfi_restore 1
	.cfi_def_cfa_offset 24
	popq	%rcx
	.cfi_restore 2
	.cfi_def_cfa_offset 16
	popq	%rdi
	.cfi_restore 5
	.cfi_def_cfa_offset 8
	iretq
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
	.align 8
	.type	ticks, @object
	.size	ticks, 8
ticks:
	.zero	8
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
