# the same on x86-64, with a swapgs pair and rdfsbase/wrfsbase
# generated: clang-19 --target=x86_64-unknown-none -O2 -mgeneral-regs-only -mno-red-zone -mfsgsbase -S c/system.c
# triple: x86_64-unknown-none
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
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rsi
	pushq	%rdx
	pushq	%rcx
	pushq	%rax
	.cfi_offset %rax, -48
	.cfi_offset %rcx, -40
	.cfi_offset %rdx, -32
	.cfi_offset %rsi, -24
	cld
	#APP
	movq	%cr2, %rax
	#NO_APP
	movq	%rax, fault_address(%rip)
	#APP
	movq	%cr0, %rax
	movq	%rax, %cr0
	#NO_APP
	movq	%rax, control0(%rip)
	#APP
	movq	%cr3, %rax
	movq	%rax, %cr3
	#NO_APP
	movq	%rax, control3(%rip)
	#APP
	movq	%cr4, %rax
	#NO_APP
	movq	%rax, control4(%rip)
	#APP
	movq	%dr7, %rax
	#NO_APP
	movq	%rax, debug7(%rip)
	xorl	%eax, %eax
	#APP
	movq	%rax, %dr0
	#NO_APP
	#APP
	rdtsc
	#NO_APP
                                        # kill: def $edx killed $edx def $rdx
	shlq	$32, %rdx
	movl	%eax, %eax
	orq	%rdx, %rax
	movq	%rax, tsc(%rip)
	movl	$tsc, %esi
	#APP
	rdtscp
	#NO_APP
	movl	%ecx, tsc_aux(%rip)
	movl	$27, %ecx
	#APP
	rdmsr
	#NO_APP
                                        # kill: def $edx killed $edx def $rdx
	shlq	$32, %rdx
	movl	%eax, %eax
	orq	%rdx, %rax
	movq	%rax, apic_base(%rip)
	movl	tsc_aux(%rip), %eax
	movl	$-1073741565, %ecx              # imm = 0xC0000103
	xorl	%edx, %edx
	#APP
	wrmsr
	#NO_APP
	#APP
	invlpg	(%rsi)
	#NO_APP
	#APP
	sidtq	idtr(%rip)
	lidtq	idtr(%rip)
	#NO_APP
	#APP
	sgdtq	gdtr(%rip)
	lgdtq	gdtr(%rip)
	#NO_APP
	#APP
	strw	%ax
	#NO_APP
	movw	%ax, task(%rip)
	#APP
	clts
	cli
	wbinvd
	#NO_APP
	#APP
	swapgs
	swapgs
	#NO_APP
	#APP
	rdfsbaseq	%rax
	wrfsbaseq	%rax
	#NO_APP
	popq	%rax
	popq	%rcx
	popq	%rdx
	popq	%rsi
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	iretq
.Lfunc_end0:
	.size	handler, .Lfunc_end0-handler
	.cfi_endproc
                                        # -- End function
	.type	fault_address,@object           # @fault_address
	.bss
	.globl	fault_address
	.p2align	3, 0x0
fault_address:
	.quad	0                               # 0x0
	.size	fault_address, 8

	.type	control0,@object                # @control0
	.globl	control0
	.p2align	3, 0x0
control0:
	.quad	0                               # 0x0
	.size	control0, 8

	.type	control3,@object                # @control3
	.globl	control3
	.p2align	3, 0x0
control3:
	.quad	0                               # 0x0
	.size	control3, 8

	.type	control4,@object                # @control4
	.globl	control4
	.p2align	3, 0x0
control4:
	.quad	0                               # 0x0
	.size	control4, 8

	.type	debug7,@object                  # @debug7
	.globl	debug7
	.p2align	3, 0x0
debug7:
	.quad	0                               # 0x0
	.size	debug7, 8

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
	.zero	10
	.size	idtr, 10

	.type	gdtr,@object                    # @gdtr
	.globl	gdtr
gdtr:
	.zero	10
	.size	gdtr, 10

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
