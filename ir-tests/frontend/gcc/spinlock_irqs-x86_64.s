	.file	"spinlock_irqs.c"
	.text
	.p2align 4
	.globl	kbd_locked
	.type	kbd_locked, @function
kbd_locked:
.LFB6:
	.cfi_startproc
	pushq	%rsi
	.cfi_def_cfa_offset 16
	.cfi_offset 4, -16
	pushq	%rdx
	.cfi_def_cfa_offset 24
	.cfi_offset 1, -24
	pushq	%rax
	.cfi_def_cfa_offset 32
	.cfi_offset 0, -32
#APP
# 15 "kernel_io.h" 1
	inb $96, %al
# 0 "" 2
#NO_APP
	lock addq	$1, irq_seen(%rip)
	movl	$1, %esi
	.p2align 4,,10
	.p2align 3
.L2:
	movl	%esi, %edx
	xchgl	kbd_lock(%rip), %edx
	testl	%edx, %edx
	je	.L4
	.p2align 4,,10
	.p2align 3
.L11:
	movl	kbd_lock(%rip), %edx
	testl	%edx, %edx
	je	.L2
	rep nop
	jmp	.L11
	.p2align 4,,10
	.p2align 3
.L4:
	movl	kbd_len(%rip), %edx
	cmpl	$127, %edx
	ja	.L6
	leal	1(%rdx), %esi
	movb	%al, kbd_buf(%rdx)
	movl	%esi, kbd_len(%rip)
.L6:
	movl	$32, %eax
	movl	$0, kbd_lock(%rip)
#APP
# 10 "kernel_io.h" 1
	outb %al, $32
# 0 "" 2
#NO_APP
	popq	%rax
	.cfi_restore 0
	.cfi_def_cfa_offset 24
	popq	%rdx
	.cfi_restore 1
	.cfi_def_cfa_offset 16
	popq	%rsi
	.cfi_restore 4
	.cfi_def_cfa_offset 8
	iretq
	.cfi_endproc
.LFE6:
	.size	kbd_locked, .-kbd_locked
	.p2align 4
	.globl	apic_timer
	.type	apic_timer, @function
apic_timer:
.LFB7:
	.cfi_startproc
	pushq	%rcx
	.cfi_def_cfa_offset 16
	.cfi_offset 2, -16
	pushq	%rdx
	.cfi_def_cfa_offset 24
	.cfi_offset 1, -24
	pushq	%rax
	.cfi_def_cfa_offset 32
	.cfi_offset 0, -32
	movq	jiffies(%rip), %rax
	leaq	1(%rax), %rdx
	lock cmpxchgq	%rdx, jiffies(%rip)
	jne	.L15
.L14:
	movl	$1, %eax
	lock xaddq	%rax, wakeup_seq(%rip)
	movl	$2059, %ecx
	movq	%rax, last_seq(%rip)
	xorl	%eax, %eax
	movl	%eax, %edx
	lock orq	$0, (%rsp)
#APP
# 22 "spinlock_irqs.c" 1
	wrmsr
# 0 "" 2
#NO_APP
	popq	%rax
	.cfi_remember_state
	.cfi_restore 0
	.cfi_def_cfa_offset 24
	popq	%rdx
	.cfi_restore 1
	.cfi_def_cfa_offset 16
	popq	%rcx
	.cfi_restore 2
	.cfi_def_cfa_offset 8
	iretq
.L15:
	.cfi_restore_state
	rep nop
	leaq	1(%rax), %rdx
	lock cmpxchgq	%rdx, jiffies(%rip)
	je	.L14
	jmp	.L15
	.cfi_endproc
.LFE7:
	.size	apic_timer, .-apic_timer
	.globl	last_seq
	.bss
	.align 8
	.type	last_seq, @object
	.size	last_seq, 8
last_seq:
	.zero	8
	.globl	wakeup_seq
	.align 8
	.type	wakeup_seq, @object
	.size	wakeup_seq, 8
wakeup_seq:
	.zero	8
	.globl	jiffies
	.align 8
	.type	jiffies, @object
	.size	jiffies, 8
jiffies:
	.zero	8
	.globl	irq_seen
	.align 8
	.type	irq_seen, @object
	.size	irq_seen, 8
irq_seen:
	.zero	8
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
