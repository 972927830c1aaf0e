	.file	"kbd_switch.c"
	.text
	.p2align 4
	.globl	kbd_decode
	.type	kbd_decode, @function
kbd_decode:
.LFB3:
	.cfi_startproc
	pushq	%r11
	.cfi_def_cfa_offset 16
	.cfi_offset 11, -16
	pushq	%r10
	.cfi_def_cfa_offset 24
	.cfi_offset 10, -24
	pushq	%r9
	.cfi_def_cfa_offset 32
	.cfi_offset 9, -32
	pushq	%r8
	.cfi_def_cfa_offset 40
	.cfi_offset 8, -40
	pushq	%rdi
	.cfi_def_cfa_offset 48
	.cfi_offset 5, -48
	pushq	%rsi
	.cfi_def_cfa_offset 56
	.cfi_offset 4, -56
	pushq	%rbx
	.cfi_def_cfa_offset 64
	.cfi_offset 3, -64
	pushq	%rcx
	.cfi_def_cfa_offset 72
	.cfi_offset 2, -72
	pushq	%rdx
	.cfi_def_cfa_offset 80
	.cfi_offset 1, -80
	pushq	%rax
	.cfi_def_cfa_offset 88
	.cfi_offset 0, -88
	subq	$8, %rsp
	.cfi_def_cfa_offset 96
#APP
# 15 "kernel_io.h" 1
	inb $96, %al
# 0 "" 2
#NO_APP
	cmpb	$70, %al
	ja	.L2
	cmpb	$28, %al
	jbe	.L3
	leal	-29(%rax), %edx
	cmpb	$41, %dl
	ja	.L3
	movzbl	%dl, %edx
	jmp	*.L5(,%rdx,8)
	.section	.rodata
	.align 8
	.align 4
.L5:
	.quad	.L11
	.quad	.L3
	.quad	.L3
	.quad	.L3
	.quad	.L3
	.quad	.L3
	.quad	.L3
	.quad	.L3
	.quad	.L3
	.quad	.L3
	.quad	.L3
	.quad	.L3
	.quad	.L3
	.quad	.L10
	.quad	.L3
	.quad	.L3
	.quad	.L3
	.quad	.L3
	.quad	.L3
	.quad	.L3
	.quad	.L3
	.quad	.L3
	.quad	.L3
	.quad	.L3
	.quad	.L3
	.quad	.L9
	.quad	.L3
	.quad	.L8
	.quad	.L3
	.quad	.L7
	.quad	.L3
	.quad	.L3
	.quad	.L3
	.quad	.L3
	.quad	.L3
	.quad	.L3
	.quad	.L3
	.quad	.L3
	.quad	.L3
	.quad	.L3
	.quad	.L6
	.quad	.L4
	.text
	.p2align 4,,10
	.p2align 3
.L2:
	cmpb	$-99, %al
	jne	.L3
	movl	$0, ctrl_down(%rip)
.L13:
	movl	$32, %eax
#APP
# 10 "kernel_io.h" 1
	outb %al, $32
# 0 "" 2
#NO_APP
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 88
	popq	%rax
	.cfi_restore 0
	.cfi_def_cfa_offset 80
	popq	%rdx
	.cfi_restore 1
	.cfi_def_cfa_offset 72
	popq	%rcx
	.cfi_restore 2
	.cfi_def_cfa_offset 64
	popq	%rbx
	.cfi_restore 3
	.cfi_def_cfa_offset 56
	popq	%rsi
	.cfi_restore 4
	.cfi_def_cfa_offset 48
	popq	%rdi
	.cfi_restore 5
	.cfi_def_cfa_offset 40
	popq	%r8
	.cfi_restore 8
	.cfi_def_cfa_offset 32
	popq	%r9
	.cfi_restore 9
	.cfi_def_cfa_offset 24
	popq	%r10
	.cfi_restore 10
	.cfi_def_cfa_offset 16
	popq	%r11
	.cfi_restore 11
	.cfi_def_cfa_offset 8
	iretq
	.p2align 4,,10
	.p2align 3
.L3:
	.cfi_restore_state
	movq	key_hook(%rip), %rbx
	testq	%rbx, %rbx
	je	.L15
	movzbl	%al, %edi
	cld
	call	*%rbx
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L11:
	movl	$1, ctrl_down(%rip)
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L10:
	addl	$1, shift_depth(%rip)
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L9:
	addl	$2, shift_depth(%rip)
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L8:
	movl	$1, alt_down(%rip)
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L7:
	xorl	%eax, %eax
	cmpl	$0, caps_on(%rip)
	sete	%al
	movl	%eax, caps_on(%rip)
	movl	$-19, %eax
#APP
# 10 "kernel_io.h" 1
	outb %al, $96
# 0 "" 2
#NO_APP
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L6:
	xorl	$1, num_on(%rip)
	movl	$-19, %eax
#APP
# 10 "kernel_io.h" 1
	outb %al, $96
# 0 "" 2
#NO_APP
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L4:
	cmpl	$1, scroll_on(%rip)
	sbbl	%eax, %eax
	andl	$3, %eax
	movl	%eax, scroll_on(%rip)
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L15:
	addq	$1, dropped_keys(%rip)
	jmp	.L13
	.cfi_endproc
.LFE3:
	.size	kbd_decode, .-kbd_decode
	.globl	dropped_keys
	.bss
	.align 8
	.type	dropped_keys, @object
	.size	dropped_keys, 8
dropped_keys:
	.zero	8
	.globl	scroll_on
	.align 4
	.type	scroll_on, @object
	.size	scroll_on, 4
scroll_on:
	.zero	4
	.globl	num_on
	.align 4
	.type	num_on, @object
	.size	num_on, 4
num_on:
	.zero	4
	.globl	caps_on
	.align 4
	.type	caps_on, @object
	.size	caps_on, 4
caps_on:
	.zero	4
	.globl	alt_down
	.align 4
	.type	alt_down, @object
	.size	alt_down, 4
alt_down:
	.zero	4
	.globl	ctrl_down
	.align 4
	.type	ctrl_down, @object
	.size	ctrl_down, 4
ctrl_down:
	.zero	4
	.globl	shift_depth
	.align 4
	.type	shift_depth, @object
	.size	shift_depth, 4
shift_depth:
	.zero	4
	.globl	key_hook
	.align 8
	.type	key_hook, @object
	.size	key_hook, 8
key_hook:
	.zero	8
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
