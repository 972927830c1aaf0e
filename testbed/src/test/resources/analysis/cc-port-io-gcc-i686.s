# the same by GCC
# generated: gcc -m32 -O2 -mgeneral-regs-only -fno-pic -S c/port-io.c
# triple: i686-unknown-none
# handler: handler
# expect: none
	.file	"port-io.c"
	.text
	.p2align 4
	.globl	handler
	.type	handler, @function
handler:
.LFB3:
	.cfi_startproc
	pushl	%edi
	.cfi_def_cfa_offset 8
	.cfi_offset 7, -8
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
# 13 "c/port-io.c" 1
	inb $128, %al
# 0 "" 2
#NO_APP
	movl	$block, %edi
	movl	$8, %ecx
	movl	$496, %edx
	movb	%al, status
#APP
# 18 "c/port-io.c" 1
	cld; rep insw
# 0 "" 2
#NO_APP
	movl	$32, %eax
#APP
# 8 "c/port-io.c" 1
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
.LFE3:
	.size	handler, .-handler
	.globl	block
	.bss
	.align 4
	.type	block, @object
	.size	block, 16
block:
	.zero	16
	.globl	status
	.type	status, @object
	.size	status, 1
status:
	.zero	1
	.section	.note.GNU-stack,"",@progbits
