	.file	"ctlregs.c"
	.text
	.p2align 4
	.globl	pf_demand
	.type	pf_demand, @function
pf_demand:
.LFB4:
	.cfi_startproc
	.cfi_def_cfa_offset 16
	pushq	%rsi
	.cfi_def_cfa_offset 24
	.cfi_offset 4, -24
	pushq	%rdx
	.cfi_def_cfa_offset 32
	.cfi_offset 1, -32
	pushq	%rax
	.cfi_def_cfa_offset 40
	.cfi_offset 0, -40
#APP
# 21 "ctlregs.c" 1
	mov %cr2, %rax
# 0 "" 2
#NO_APP
	movq	%rax, %rdx
	movq	%rax, %rsi
	shrq	$12, %rdx
	andq	$-4096, %rsi
	andl	$1023, %edx
	orq	$3, %rsi
	movq	%rsi, page_table(,%rdx,8)
#APP
# 23 "ctlregs.c" 1
	invlpg (%rax)
# 0 "" 2
# 13 "ctlregs.c" 1
	rdtsc
# 0 "" 2
#NO_APP
	movl	%eax, %eax
	salq	$32, %rdx
	orq	%rax, %rdx
	popq	%rax
	.cfi_restore 0
	.cfi_def_cfa_offset 32
	movq	%rdx, fault_stamp(%rip)
	popq	%rdx
	.cfi_restore 1
	.cfi_def_cfa_offset 24
	popq	%rsi
	.cfi_restore 4
	.cfi_def_cfa_offset 16
	addq	$8, %rsp
	.cfi_def_cfa_offset 8
	iretq
	.cfi_endproc
.LFE4:
	.size	pf_demand, .-pf_demand
	.p2align 4
	.globl	tlb_shootdown
	.type	tlb_shootdown, @function
tlb_shootdown:
.LFB5:
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
#APP
# 30 "ctlregs.c" 1
	mov %cr3, %rax
	mov %rax, %cr3
# 0 "" 2
#NO_APP
	movq	shootdowns(%rip), %rax
	movl	$2059, %ecx
	addq	$1, %rax
	movq	%rax, shootdowns(%rip)
	xorl	%eax, %eax
	movl	%eax, %edx
#APP
# 32 "ctlregs.c" 1
	wrmsr
# 0 "" 2
#NO_APP
	popq	%rax
	.cfi_restore 0
	.cfi_def_cfa_offset 24
	popq	%rdx
	.cfi_restore 1
	.cfi_def_cfa_offset 16
	popq	%rcx
	.cfi_restore 2
	.cfi_def_cfa_offset 8
	iretq
	.cfi_endproc
.LFE5:
	.size	tlb_shootdown, .-tlb_shootdown
	.p2align 4
	.globl	nm_lazy_fpu
	.type	nm_lazy_fpu, @function
nm_lazy_fpu:
.LFB6:
	.cfi_startproc
	pushq	%rax
	.cfi_def_cfa_offset 16
	.cfi_offset 0, -16
#APP
# 37 "ctlregs.c" 1
	clts
# 0 "" 2
#NO_APP
	movq	fpu_switches(%rip), %rax
	addq	$1, %rax
	movq	%rax, fpu_switches(%rip)
	popq	%rax
	.cfi_restore 0
	.cfi_def_cfa_offset 8
	iretq
	.cfi_endproc
.LFE6:
	.size	nm_lazy_fpu, .-nm_lazy_fpu
	.p2align 4
	.globl	ipi_percpu
	.type	ipi_percpu, @function
ipi_percpu:
.LFB7:
	.cfi_startproc
	pushq	%rax
	.cfi_def_cfa_offset 16
	.cfi_offset 0, -16
	testb	$3, 16(%rsp)
	jne	.L9
#APP
# 47 "ctlregs.c" 1
	mov %gs:0, %rax
# 0 "" 2
#NO_APP
	andl	$63, %eax
	addq	$1, percpu_hits(,%rax,8)
.L11:
	popq	%rax
	.cfi_remember_state
	.cfi_restore 0
	.cfi_def_cfa_offset 8
	iretq
	.p2align 4,,10
	.p2align 3
.L9:
	.cfi_restore_state
#APP
# 46 "ctlregs.c" 1
	swapgs
# 0 "" 2
# 47 "ctlregs.c" 1
	mov %gs:0, %rax
# 0 "" 2
#NO_APP
	andl	$63, %eax
	addq	$1, percpu_hits(,%rax,8)
#APP
# 50 "ctlregs.c" 1
	swapgs
# 0 "" 2
#NO_APP
	jmp	.L11
	.cfi_endproc
.LFE7:
	.size	ipi_percpu, .-ipi_percpu
	.globl	percpu_hits
	.bss
	.align 32
	.type	percpu_hits, @object
	.size	percpu_hits, 512
percpu_hits:
	.zero	512
	.globl	fpu_switches
	.align 8
	.type	fpu_switches, @object
	.size	fpu_switches, 8
fpu_switches:
	.zero	8
	.globl	shootdowns
	.align 8
	.type	shootdowns, @object
	.size	shootdowns, 8
shootdowns:
	.zero	8
	.globl	fault_stamp
	.align 8
	.type	fault_stamp, @object
	.size	fault_stamp, 8
fault_stamp:
	.zero	8
	.globl	page_table
	.align 32
	.type	page_table, @object
	.size	page_table, 8192
page_table:
	.zero	8192
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
