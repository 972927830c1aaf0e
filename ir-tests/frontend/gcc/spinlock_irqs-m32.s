	.file	"spinlock_irqs.c"
	.text
	.p2align 4
	.globl	kbd_locked
	.type	kbd_locked, @function
kbd_locked:
.LFB6:
	.cfi_startproc
	pushl	%ecx
	.cfi_def_cfa_offset 8
	.cfi_offset 1, -8
	pushl	%edx
	.cfi_def_cfa_offset 12
	.cfi_offset 2, -12
	pushl	%eax
	.cfi_def_cfa_offset 16
	.cfi_offset 0, -16
#APP
# 15 "kernel_io.h" 1
	inb $96, %al
# 0 "" 2
#NO_APP
	lock addl	$1, irq_seen
	movl	$1, %ecx
	.p2align 4,,10
	.p2align 3
.L2:
	movl	%ecx, %edx
	xchgl	kbd_lock, %edx
	testl	%edx, %edx
	je	.L4
	.p2align 4,,10
	.p2align 3
.L11:
	movl	kbd_lock, %edx
	testl	%edx, %edx
	je	.L2
	rep nop
	jmp	.L11
	.p2align 4,,10
	.p2align 3
.L4:
	movl	kbd_len, %edx
	cmpl	$127, %edx
	ja	.L6
	leal	1(%edx), %ecx
	movb	%al, kbd_buf(%edx)
	movl	%ecx, kbd_len
.L6:
	movl	$32, %eax
	movl	$0, kbd_lock
#APP
# 10 "kernel_io.h" 1
	outb %al, $32
# 0 "" 2
#NO_APP
	popl	%eax
	.cfi_restore 0
	.cfi_def_cfa_offset 12
	popl	%edx
	.cfi_restore 2
	.cfi_def_cfa_offset 8
	popl	%ecx
	.cfi_restore 1
	.cfi_def_cfa_offset 4
	iret
	.cfi_endproc
.LFE6:
	.size	kbd_locked, .-kbd_locked
	.p2align 4
	.globl	apic_timer
	.type	apic_timer, @function
apic_timer:
.LFB7:
	.cfi_startproc
	pushl	%ebp
	.cfi_def_cfa_offset 8
	.cfi_offset 5, -8
	movl	%esp, %ebp
	.cfi_def_cfa_register 5
	pushl	%edi
	pushl	%esi
	pushl	%ebx
	pushl	%ecx
	pushl	%edx
	pushl	%eax
	andl	$-16, %esp
	subl	$56, %esp
	.cfi_offset 7, -12
	.cfi_offset 6, -16
	.cfi_offset 3, -20
	.cfi_offset 1, -24
	.cfi_offset 2, -28
	.cfi_offset 0, -32
	pushl	$0
	pushl	$jiffies
	cld
	call	__atomic_load_8
	movl	%eax, 56(%esp)
	movl	%edx, 60(%esp)
	addl	$8, %esp
	addl	$1, %eax
	adcl	$0, %edx
	pushl	$0
	pushl	$5
	pushl	%edx
	pushl	%eax
	leal	64(%esp), %ebx
.L19:
	pushl	%ebx
	pushl	$jiffies
	call	__atomic_compare_exchange_8
	movl	72(%esp), %esi
	movl	76(%esp), %edi
	addl	$32, %esp
	testb	$1, %al
	je	.L20
	movl	$1, %eax
	lock xaddl	%eax, wakeup_seq
	movl	$2059, %ecx
	movl	%eax, last_seq
	xorl	%eax, %eax
	movl	%eax, %edx
	lock orl	$0, (%esp)
#APP
# 22 "spinlock_irqs.c" 1
	wrmsr
# 0 "" 2
#NO_APP
	leal	-24(%ebp), %esp
	popl	%eax
	.cfi_remember_state
	.cfi_restore 0
	popl	%edx
	.cfi_restore 2
	popl	%ecx
	.cfi_restore 1
	popl	%ebx
	.cfi_restore 3
	popl	%esi
	.cfi_restore 6
	popl	%edi
	.cfi_restore 7
	popl	%ebp
	.cfi_restore 5
	.cfi_def_cfa 4, 4
	iret
.L20:
	.cfi_restore_state
	rep nop
	subl	$8, %esp
	movl	%edi, 52(%esp)
	movl	%esi, 48(%esp)
	addl	$1, %esi
	adcl	$0, %edi
	pushl	$0
	pushl	$5
	pushl	%edi
	pushl	%esi
	jmp	.L19
	.cfi_endproc
.LFE7:
	.size	apic_timer, .-apic_timer
	.globl	last_seq
	.bss
	.align 4
	.type	last_seq, @object
	.size	last_seq, 4
last_seq:
	.zero	4
	.globl	wakeup_seq
	.align 4
	.type	wakeup_seq, @object
	.size	wakeup_seq, 4
wakeup_seq:
	.zero	4
	.globl	jiffies
	.align 8
	.type	jiffies, @object
	.size	jiffies, 8
jiffies:
	.zero	8
	.globl	irq_seen
	.align 4
	.type	irq_seen, @object
	.size	irq_seen, 4
irq_seen:
	.zero	4
	.globl	kbd_len
	.align 4
	.type	kbd_len, @object
	.size	kbd_len, 4
kbd_len:
	.zero	4
	.globl	kbd_buf
	.align 32
	.type	kbd_buf, @object
	.size	kbd_buf, 128
kbd_buf:
	.zero	128
	.globl	kbd_lock
	.align 4
	.type	kbd_lock, @object
	.size	kbd_lock, 4
kbd_lock:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
