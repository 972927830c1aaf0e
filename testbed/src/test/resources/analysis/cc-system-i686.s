# CR/DR moves, rdtsc(p), rdmsr/wrmsr, invlpg, sidt/lidt, sgdt/lgdt, str, clts, cli, wbinvd
# generated: clang-19 --target=i686-unknown-none -O2 -mgeneral-regs-only -S c/system.c
# triple: i686-unknown-none
# handler: handler
# expect: none
	.text
	.file	"system.c"
	.globl	handler                         # -- Begin function handler
	.p2align	4, 0x90
	.type	handler,@function
handler:                                # @handler
	.cfi_startproc
# %bb.0:
	pushl	%ebp
	.cfi_def_cfa_offset 8
	.cfi_offset %ebp, -8
	movl	%esp, %ebp
	.cfi_def_cfa_register %ebp
	pushl	%esi
	pushl	%edx
	pushl	%ecx
	pushl	%eax
	andl	$-16, %esp
	.cfi_offset %eax, -24
	.cfi_offset %ecx, -20
	.cfi_offset %edx, -16
	.cfi_offset %esi, -12
	cld
	#APP
	movl	%cr2, %eax
	#NO_APP
	movl	%eax, fault_address
	#APP
	movl	%cr0, %eax
	movl	%eax, %cr0
	#NO_APP
	movl	%eax, control0
	#APP
	movl	%cr3, %eax
	movl	%eax, %cr3
	#NO_APP
	movl	%eax, control3
	#APP
	movl	%cr4, %eax
	#NO_APP
	movl	%eax, control4
	#APP
	movl	%dr7, %eax
	#NO_APP
	movl	%eax, debug7
	xorl	%eax, %eax
	#APP
	movl	%eax, %dr0
	#NO_APP
	#APP
	rdtsc
	#NO_APP
	movl	%edx, tsc+4
	movl	%eax, tsc
	movl	$tsc, %esi
	#APP
	rdtscp
	#NO_APP
	movl	%ecx, tsc_aux
	movl	$27, %ecx
	#APP
	rdmsr
	#NO_APP
	movl	%edx, apic_base+4
	movl	%eax, apic_base
	movl	tsc_aux, %eax
	movl	$-1073741565, %ecx              # imm = 0xC0000103
	xorl	%edx, %edx
	#APP
	wrmsr
	#NO_APP
	#APP
	invlpg	(%esi)
	#NO_APP
	#APP
	sidtl	idtr
	lidtl	idtr
	#NO_APP
	#APP
	sgdtl	gdtr
	lgdtl	gdtr
	#NO_APP
	#APP
	strw	%ax
	#NO_APP
	movw	%ax, task
	#APP
	clts
	cli
	wbinvd
	#NO_APP
	leal	-16(%ebp), %esp
	popl	%eax
	popl	%ecx
	popl	%edx
	popl	%esi
	popl	%ebp
	.cfi_def_cfa %esp, 4
	iretl
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
                                        # -- End function
	.type	fault_address,@object           # @fault_address
	.bss
	.globl	fault_address
	.p2align	2, 0x0
fault_address:
	.long	0                               # 0x0
	.size	fault_address, 4

	.type	control0,@object                # @control0
	.globl	control0
	.p2align	2, 0x0
control0:
	.long	0                               # 0x0
	.size	control0, 4

	.type	control3,@object                # @control3
	.globl	control3
	.p2align	2, 0x0
control3:
	.long	0                               # 0x0
	.size	control3, 4

	.type	control4,@object                # @control4
	.globl	control4
	.p2align	2, 0x0
control4:
	.long	0                               # 0x0
	.size	control4, 4

	.type	debug7,@object                  # @debug7
	.globl	debug7
	.p2align	2, 0x0
debug7:
	.long	0                               # 0x0
	.size	debug7, 4

	.type	tsc,@object                     # @tsc
	.globl	tsc
	.p2align	3, 0x0
tsc:
	.quad	0                               # 0x0
	.size	tsc, 8

	.type	tsc_aux,@object                 # @tsc_aux
	.globl	tsc_aux
	.p2align	2, 0x0
tsc_aux:
	.long	0                               # 0x0
	.size	tsc_aux, 4

	.type	apic_base,@object               # @apic_base
	.globl	apic_base
	.p2align	3, 0x0
apic_base:
	.quad	0                               # 0x0
	.size	apic_base, 8

	.type	idtr,@object                    # @idtr
	.globl	idtr
idtr:
	.zero	6
	.size	idtr, 6

	.type	gdtr,@object                    # @gdtr
	.globl	gdtr
gdtr:
	.zero	6
	.size	gdtr, 6

	.type	task,@object                    # @task
	.globl	task
	.p2align	1, 0x0
task:
	.short	0                               # 0x0
	.size	task, 2

	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym handler
	.addrsig_sym tsc
	.addrsig_sym idtr
	.addrsig_sym gdtr
