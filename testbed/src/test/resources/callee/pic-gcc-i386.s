	.file	"kernel.c"
	.text
	.p2align 4
	.type	count_tick, @function
count_tick:
	call	__x86.get_pc_thunk.dx
	addl	$_GLOBAL_OFFSET_TABLE_, %edx
	movl	ticks@GOTOFF(%edx), %eax
	addl	$1, %eax
	movl	%eax, ticks@GOTOFF(%edx)
	ret
	.size	count_tick, .-count_tick
	.p2align 4
	.globl	timer
	.type	timer, @function
timer:
	pushl	%ebp
	movl	%esp, %ebp
	pushl	%esi
	pushl	%ebx
	call	__x86.get_pc_thunk.bx
	addl	$_GLOBAL_OFFSET_TABLE_, %ebx
	pushl	%ecx
	pushl	%edx
	pushl	%eax
	andl	$-16, %esp
	cld
	call	count_tick
	movl	tick_hook@GOT(%ebx), %esi
	call	*(%esi)
	call	eoi@PLT
	leal	-20(%ebp), %esp
	popl	%eax
	popl	%edx
	popl	%ecx
	popl	%ebx
	popl	%esi
	popl	%ebp
	iret
	.size	timer, .-timer
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"the timer ran away"
	.text
	.p2align 4
	.globl	keyboard
	.type	keyboard, @function
keyboard:
	pushl	%ebp
	movl	%esp, %ebp
	pushl	%ebx
	call	__x86.get_pc_thunk.bx
	addl	$_GLOBAL_OFFSET_TABLE_, %ebx
	pushl	%ecx
	pushl	%edx
	pushl	%eax
	andl	$-16, %esp
	subl	$16, %esp
	movl	ticks@GOTOFF(%ebx), %eax
	cmpl	$1000000000, %eax
	ja	.L8
	subl	$12, %esp
	pushl	$33
	cld
	call	log_irq@PLT
	call	eoi@PLT
	addl	$16, %esp
	leal	-16(%ebp), %esp
	popl	%eax
	popl	%edx
	popl	%ecx
	popl	%ebx
	popl	%ebp
	iret
.L8:
	subl	$12, %esp
	leal	.LC0@GOTOFF(%ebx), %eax
	pushl	%eax
	cld
	call	panic@PLT
	.size	keyboard, .-keyboard
	.local	ticks
	.comm	ticks,4,4
	.globl	tick_hook
	.section	.data.rel,"aw"
	.align 4
	.type	tick_hook, @object
	.size	tick_hook, 4
tick_hook:
	.long	eoi
	.section	.text.__x86.get_pc_thunk.dx,"axG",@progbits,__x86.get_pc_thunk.dx,comdat
	.globl	__x86.get_pc_thunk.dx
	.hidden	__x86.get_pc_thunk.dx
	.type	__x86.get_pc_thunk.dx, @function
__x86.get_pc_thunk.dx:
	movl	(%esp), %edx
	ret
	.section	.text.__x86.get_pc_thunk.bx,"axG",@progbits,__x86.get_pc_thunk.bx,comdat
	.globl	__x86.get_pc_thunk.bx
	.hidden	__x86.get_pc_thunk.bx
	.type	__x86.get_pc_thunk.bx, @function
__x86.get_pc_thunk.bx:
	movl	(%esp), %ebx
	ret
	.section	.note.GNU-stack,"",@progbits
