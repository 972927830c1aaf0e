	.file	"ctlregs.c"
	.text
	.p2align 4
	.globl	pf_demand
	.type	pf_demand, @function
pf_demand:
.LFB4:
	.cfi_startproc
	.cfi_def_cfa_offset 8
	pushl	%ebp
	.cfi_def_cfa_offset 12
	.cfi_offset 5, -12
	movl	%esp, %ebp
	.cfi_def_cfa_register 5
	pushl	%ecx
	pushl	%edx
	pushl	%eax
	.cfi_offset 1, -16
	.cfi_offset 2, -20
	.cfi_offset 0, -24
#APP
# 21 "ctlregs.c" 1
	mov %cr2, %eax
# 0 "" 2
#NO_APP
	movl	%eax, %edx
	movl	%eax, %ecx
	shrl	$12, %edx
	andl	$-4096, %ecx
	andl	$1023, %edx
	orl	$3, %ecx
	movl	%ecx, page_table(,%edx,4)
#APP
# 23 "ctlregs.c" 1
	invlpg (%eax)
# 0 "" 2
# 13 "ctlregs.c" 1
	rdtsc
# 0 "" 2
#NO_APP
	movl	%eax, fault_stamp
	popl	%eax
	.cfi_restore 0
	movl	%edx, fault_stamp+4
	popl	%edx
	.cfi_restore 2
	popl	%ecx
	.cfi_restore 1
	popl	%ebp
	.cfi_restore 5
	.cfi_def_cfa 4, 8
	addl	$4, %esp
	.cfi_def_cfa_offset 4
	iret
	.cfi_endproc
.LFE4:
	.size	pf_demand, .-pf_demand
	.p2align 4
	.globl	tlb_shootdown
	.type	tlb_shootdown, @function
tlb_shootdown:
.LFB5:
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
# 30 "ctlregs.c" 1
	mov %cr3, %eax
	mov %eax, %cr3
# 0 "" 2
#NO_APP
	movl	shootdowns, %eax
	movl	$2059, %ecx
	addl	$1, %eax
	movl	%eax, shootdowns
	xorl	%eax, %eax
	movl	%eax, %edx
#APP
# 32 "ctlregs.c" 1
	wrmsr
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
.LFE5:
	.size	tlb_shootdown, .-tlb_shootdown
	.p2align 4
	.globl	nm_lazy_fpu
	.type	nm_lazy_fpu, @function
nm_lazy_fpu:
.LFB6:
	.cfi_startproc
	pushl	%eax
	.cfi_def_cfa_offset 8
	.cfi_offset 0, -8
#APP
# 37 "ctlregs.c" 1
	clts
# 0 "" 2
#NO_APP
	movl	fpu_switches, %eax
	addl	$1, %eax
	movl	%eax, fpu_switches
	popl	%eax
	.cfi_restore 0
	.cfi_def_cfa_offset 4
	iret
	.cfi_endproc
.LFE6:
	.size	nm_lazy_fpu, .-nm_lazy_fpu
	.globl	percpu_hits
	.bss
	.align 32
	.type	percpu_hits, @object
	.size	percpu_hits, 256
percpu_hits:
	.zero	256
	.globl	fpu_switches
	.align 4
	.type	fpu_switches, @object
	.size	fpu_switches, 4
fpu_switches:
	.zero	4
	.globl	shootdowns
	.align 4
	.type	shootdowns, @object
	.size	shootdowns, 4
shootdowns:
	.zero	4
	.globl	fault_stamp
	.align 8
	.type	fault_stamp, @object
	.size	fault_stamp, 8
fault_stamp:
	.zero	8
	.globl	page_table
	.align 32
	.type	page_table, @object
	.size	page_table, 4096
page_table:
	.zero	4096
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
