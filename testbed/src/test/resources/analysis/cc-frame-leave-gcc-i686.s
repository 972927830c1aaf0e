# GCC's frame for a 16-aligned local: realigned, left with leave
# generated: gcc -m32 -O2 -mgeneral-regs-only -fno-pic -S c/frame-leave.c
# triple: i686-unknown-none
# handler: handler
# expect: none
	.file	"frame-leave.c"
	.text
	.p2align 4
	.globl	handler
	.type	handler, @function
handler:
.LFB0:
	.cfi_startproc
	pushl	%ebp
	.cfi_def_cfa_offset 8
	.cfi_offset 5, -8
	movl	%esp, %ebp
	.cfi_def_cfa_register 5
	pushl	%eax
	andl	$-16, %esp
	subl	$16, %esp
	.cfi_offset 0, -12
	movl	busy, %eax
	testl	%eax, %eax
	je	.L2
	.p2align 4,,10
	.p2align 3
.L3:
	rep nop
	movl	busy, %eax
	testl	%eax, %eax
	jne	.L3
.L2:
	movl	%esp, %eax
	movl	-4(%ebp), %eax
	leave
	.cfi_restore 5
	.cfi_restore 0
	.cfi_def_cfa 4, 4
	iret
	.cfi_endproc
.LFE0:
	.size	handler, .-handler
	.section	.note.GNU-stack,"",@progbits
