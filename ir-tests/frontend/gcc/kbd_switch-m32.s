	.file	"kbd_switch.c"
	.text
	.p2align 4
	.globl	kbd_decode
	.type	kbd_decode, @function
kbd_decode:
.LFB3:
	.cfi_startproc
	pushl	%ebp
	.cfi_def_cfa_offset 8
	.cfi_offset 5, -8
	movl	%esp, %ebp
	.cfi_def_cfa_register 5
	pushl	%ebx
	pushl	%ecx
	pushl	%edx
	pushl	%eax
	andl	$-16, %esp
	subl	$16, %esp
	.cfi_offset 3, -12
	.cfi_offset 1, -16
	.cfi_offset 2, -20
	.cfi_offset 0, -24
#APP
# 15 "kernel_io.h" 1
	inb $96, %al
# 0 "" 2
#NO_APP
	cmpb	$70, %al
	ja	.L2
	cmpb	$28, %al
	jbe	.L3
	leal	-29(%eax), %edx
	cmpb	$41, %dl
	ja	.L3
	movzbl	%dl, %edx
	jmp	*.L5(,%edx,4)
	.section	.rodata
	.align 4
	.align 4
.L5:
	.long	.L11
	.long	.L3
	.long	.L3
	.long	.L3
	.long	.L3
	.long	.L3
	.long	.L3
	.long	.L3
	.long	.L3
	.long	.L3
	.long	.L3
	.long	.L3
	.long	.L3
	.long	.L10
	.long	.L3
	.long	.L3
	.long	.L3
	.long	.L3
	.long	.L3
	.long	.L3
	.long	.L3
	.long	.L3
	.long	.L3
	.long	.L3
	.long	.L3
	.long	.L9
	.long	.L3
	.long	.L8
	.long	.L3
	.long	.L7
	.long	.L3
	.long	.L3
	.long	.L3
	.long	.L3
	.long	.L3
	.long	.L3
	.long	.L3
	.long	.L3
	.long	.L3
	.long	.L3
	.long	.L6
	.long	.L4
	.text
	.p2align 4,,10
	.p2align 3
.L2:
	cmpb	$-99, %al
	jne	.L3
	movl	$0, ctrl_down
.L13:
	movl	$32, %eax
#APP
# 10 "kernel_io.h" 1
	outb %al, $32
# 0 "" 2
#NO_APP
	leal	-16(%ebp), %esp
	popl	%eax
	.cfi_remember_state
	.cfi_restore 0
	popl	%edx
	.cfi_restore 2
	popl	%ecx
	.cfi_restore 1
	popl	%ebx
	.cfi_restore 3
	popl	%ebp
	.cfi_restore 5
	.cfi_def_cfa 4, 4
	iret
	.p2align 4,,10
	.p2align 3
.L3:
	.cfi_restore_state
	movl	key_hook, %ebx
	testl	%ebx, %ebx
	je	.L15
	subl	$12, %esp
	movzbl	%al, %eax
	pushl	%eax
	cld
	call	*%ebx
	addl	$16, %esp
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L11:
	movl	$1, ctrl_down
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L10:
	addl	$1, shift_depth
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L9:
	addl	$2, shift_depth
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L8:
	movl	$1, alt_down
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L7:
	xorl	%eax, %eax
	cmpl	$0, caps_on
	sete	%al
	movl	%eax, caps_on
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
	xorl	$1, num_on
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
	cmpl	$1, scroll_on
	sbbl	%eax, %eax
	andl	$3, %eax
	movl	%eax, scroll_on
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L15:
	addl	$1, dropped_keys
	jmp	.L13
	.cfi_endproc
.LFE3:
	.size	kbd_decode, .-kbd_decode
	.globl	dropped_keys
	.bss
	.align 4
	.type	dropped_keys, @object
	.size	dropped_keys, 4
dropped_keys:
	.zero	4
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
	.align 4
	.type	key_hook, @object
	.size	key_hook, 4
key_hook:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
