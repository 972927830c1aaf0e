# rep insw without cld, by GCC (Clang adds a cld to a handler with inline asm)
# generated: gcc -O2 -mgeneral-regs-only -mno-red-zone -fno-pic -S c/port-io-no-cld.c
# triple: x86_64-unknown-none
# handler: handler
# expect: missing-cld
	.file	"port-io-no-cld.c"
	.text
	.p2align 4
	.globl	handler
	.type	handler, @function
handler:
.LFB0:
	.cfi_startproc
	pushq	%rdi
	.cfi_def_cfa_offset 16
	.cfi_offset 5, -16
	movl	$block, %edi
	pushq	%rcx
	.cfi_def_cfa_offset 24
	.cfi_offset 2, -24
	movl	$8, %ecx
	pushq	%rdx
	.cfi_def_cfa_offset 32
	.cfi_offset 1, -32
	movl	$496, %edx
#APP
# 8 "c/port-io-no-cld.c" 1
	rep insw
# 0 "" 2
#NO_APP
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
.LFE0:
	.size	handler, .-handler
	.globl	block
	.bss
	.align 16
	.type	block, @object
	.size	block, 16
block:
	.zero	16
	.section	.note.GNU-stack,"",@progbits
