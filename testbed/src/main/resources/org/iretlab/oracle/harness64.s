# iretlab's 64-bit oracle harness: the 32-bit harness's design in long mode. A .code32 multiboot
# entry builds identity page tables (1 GiB of 2 MiB pages), enables PAE, EFER.LME and paging and
# jumps to 64-bit code; the kernel is linked as ELF64 and handed to QEMU as ELF32 (objcopy), since
# QEMU's multiboot loader refuses ELF64. Like it, it runs handlers under test, each through its
# scenarios (one row per handler and scenario). Java fills in the @@KEY@@ parts.
#
# Entry: @@ENTRY@@ is "int" (gate 0x40, int $0x40) or "fault" (gate of #NP, entered by loading a
# not-present selector; the PIT's IRQ0 takes over at the first boundary after the handler's iretq).

        .set GUARD, 0xA5A5A5A5A5A5A5A5
        .set STACK_BYTES, 16384
        .set NP_SELECTOR, 0x28
# One-byte landing pads after the entering int (0 in "fault" mode, where a spin follows the load).
        .set LANDING_PADS, @@LANDING_PADS@@
# The watchdog (see nmi_watchdog): the local APIC's registers, mapped at boot at 1 GiB (an address a
# 32-bit displacement reaches), the physical page it maps, its timer's period and how many periods a
# scenario may take: instruction budgets, as in harness32.s (QEMU's virtual clock, which the timer
# counts at divide-by-1, advances 4 ns an instruction under -icount shift=2).
        .set APIC, 0x40000000
        .set APIC_PHYSICAL, 0xFEE00000
        .set WATCH_FIRST, 5000000
        .set WATCH_PERIOD, 1250000
        .set WATCH_LIMIT, 4

# The machine's GPRs after the handler, into a_gpr, touching nothing else.
        .macro save_gprs
        movq %rax, a_gpr + 0(%rip)
        movq %rbx, a_gpr + 8(%rip)
        movq %rcx, a_gpr + 16(%rip)
        movq %rdx, a_gpr + 24(%rip)
        movq %rsi, a_gpr + 32(%rip)
        movq %rdi, a_gpr + 40(%rip)
        movq %rbp, a_gpr + 48(%rip)
        movq %r8, a_gpr + 56(%rip)
        movq %r9, a_gpr + 64(%rip)
        movq %r10, a_gpr + 72(%rip)
        movq %r11, a_gpr + 80(%rip)
        movq %r12, a_gpr + 88(%rip)
        movq %r13, a_gpr + 96(%rip)
        movq %r14, a_gpr + 104(%rip)
        movq %r15, a_gpr + 112(%rip)
        .endm

# After int $0x40 (reached only in "int" mode, over the landing pads): where the handler's iretq went, from the
# RIP slot of the CPU's frame, which the iretq left below RSP (nothing has pushed over it yet: pushfq wrote at
# most the SS slot), as bytes past \trigger. Flags, RAX and RDX change: all are saved by then.
        .macro read_landing trigger
        movq frame_ip_slot(%rip), %rax
        movq (%rax), %rax
        leaq \trigger(%rip), %rdx
        subq %rdx, %rax
        movq %rax, ip_advanced(%rip)
        .endm

# The interrupted code's GPR patterns from b_gpr, touching nothing else.
        .macro load_gprs
        movq b_gpr + 0(%rip), %rax
        movq b_gpr + 8(%rip), %rbx
        movq b_gpr + 16(%rip), %rcx
        movq b_gpr + 24(%rip), %rdx
        movq b_gpr + 32(%rip), %rsi
        movq b_gpr + 40(%rip), %rdi
        movq b_gpr + 48(%rip), %rbp
        movq b_gpr + 56(%rip), %r8
        movq b_gpr + 64(%rip), %r9
        movq b_gpr + 72(%rip), %r10
        movq b_gpr + 80(%rip), %r11
        movq b_gpr + 88(%rip), %r12
        movq b_gpr + 96(%rip), %r13
        movq b_gpr + 104(%rip), %r14
        movq b_gpr + 112(%rip), %r15
        .endm

# The data segment selectors into \dest\()_ds..\dest\()_gs, touching no register or flag.
        .macro save_segments dest
        movw %ds, \dest\()_ds(%rip)
        movw %es, \dest\()_es(%rip)
        movw %fs, \dest\()_fs(%rip)
        movw %gs, \dest\()_gs(%rip)
        .endm

# The upper halves of ymm0-15 into DEST (16 x 16 bytes), where the CPU has AVX.
        .macro save_ymm_high dest
        cmpq $0, have_avx(%rip)
        je 77f
        .irp n, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
        vextractf128 $1, %ymm\n, \dest + 16 * \n(%rip)
        .endr
77:
        .endm

        .section .multiboot, "a"
        .p2align 2
        .long 0x1BADB002
        .long 0
        .long -0x1BADB002

        .text
        .code32
        .globl _start
_start:
        cli
        movl $boot_stack_top, %esp
@@COPY_EXECUTABLE@@        # PML4[0] -> PDPT, PDPT[0] -> PD, PD[i] = i * 2 MiB, present, writable, large.
        movl $pdpt, %eax
        orl $7, %eax                    # present, writable, user: ring-3 scenario code runs here too
        movl %eax, pml4
        movl $pd, %eax
        orl $7, %eax
        movl %eax, pdpt
        xorl %ecx, %ecx
1:      movl %ecx, %eax
        shll $21, %eax
        orl $0x87, %eax
        movl %eax, pd(,%ecx,8)
        incl %ecx
        cmpl $512, %ecx
        jb 1b
        # PDPT[1] -> a PD whose first 2 MiB page is the local APIC's (uncached, supervisor only).
        movl $pd_apic, %eax
        orl $3, %eax
        movl %eax, pdpt + 8
        movl $APIC_PHYSICAL | 0x9B, pd_apic
        movl $pml4, %eax
        movl %eax, %cr3
        movl %cr4, %eax
        orl $0x620, %eax                # PAE, OSFXSR, OSXMMEXCPT
        movl %eax, %cr4
        movl $0xC0000080, %ecx
        rdmsr
        orl $0x100, %eax                # EFER.LME
        wrmsr
        movl %cr0, %eax
        andl $0xFFFFFFF3, %eax          # EM and TS off
        orl $0x80000022, %eax           # PG, NE, MP
        movl %eax, %cr0
        lgdt gdt_desc
        ljmp $0x08, $long_mode

        .code64
long_mode:
        movw $0x10, %ax
        movw %ax, %ds
        movw %ax, %es
        movw %ax, %fs
        movw %ax, %gs
        movw %ax, %ss
        movabsq $boot_stack_top, %rsp
        movl $1, %eax
        cpuid
        andl $0x14000000, %ecx
        cmpl $0x14000000, %ecx
        jne 2f
        movq %cr4, %rax
        orq $0x40000, %rax
        movq %rax, %cr4
        xorl %ecx, %ecx
        xorl %edx, %edx
        movl $7, %eax
        xsetbv
        movq $1, have_avx(%rip)
2:      # FSGSBASE where the CPU has it, so that a handler's rdfsbase/wrgsbase runs.
        movl $7, %eax
        xorl %ecx, %ecx
        cpuid
        testl $1, %ebx
        jz 3f
        movq %cr4, %rax
        orq $0x10000, %rax
        movq %rax, %cr4
3:      fninit
        call build_idt
        lidt idt_desc(%rip)
        # A 64-bit TSS at GDT 0x30 whose IST1 is the #DB catcher's own stack: single-stepping the
        # handler must not push anything onto the handler's stack, or it would hide what it checks.
        leaq tss64(%rip), %rax
        movw $103, gdt + 0x30(%rip)
        movw %ax, gdt + 0x32(%rip)
        shrq $16, %rax
        movb %al, gdt + 0x34(%rip)
        movb $0x89, gdt + 0x35(%rip)
        movb $0, gdt + 0x36(%rip)
        movb %ah, gdt + 0x37(%rip)
        leaq ist1_top(%rip), %rax
        movq %rax, tss64 + 36(%rip)
        # IST2 for #DF: a handler that loses its stack gets a double fault reported, not a reset.
        leaq ist2_top(%rip), %rax
        movq %rax, tss64 + 44(%rip)
        movw $0x30, %ax
        ltr %ax
        movb $1, idt + 16 + 4(%rip)
        movb $1, idt + 16 * 6 + 4(%rip)
        movb $2, idt + 16 * 8 + 4(%rip)
        # IST3 for the watchdog's NMI: nothing it does lands on the handler's stack.
        leaq ist3_top(%rip), %rax
        movq %rax, tss64 + 52(%rip)
        movb $3, idt + 16 * 2 + 4(%rip)
        # Ring 3 may raise the handler's software interrupt and the harness's way back.
        movb $0xEE, idt + 16 * 0x40 + 5(%rip)
        movb $0xEE, idt + 16 * 0x41 + 5(%rip)
        call pic_init
        movl $1, %eax
        cpuid
        testl $0x200, %edx
        jz 31f
        movq $1, have_apic(%rip)
31:     call watchdog_init
        leaq msg_boot(%rip), %rsi
        call puts
        movq $0, current(%rip)
next_scenario:
        movq current(%rip), %rbx
        cmpq $@@SCENARIOS@@, %rbx
        jae all_done
        jmp run_scenario

all_done:
        leaq msg_done(%rip), %rsi
        call puts
        movw $0xf4, %dx
        movb $0x00, %al
        outb %al, %dx
        cli
3:      hlt
        jmp 3b

# --- one scenario: rbx = index ------------------------------------------------------------
run_scenario:
        movq %rsp, harness_rsp(%rip)
        leaq msg_scenario(%rip), %rsi
        call puts
        movq %rbx, %rax
        call put_hex
        call put_nl
        cld
        leaq scen_stack(%rip), %rdi
        movabsq $GUARD, %rax
        movq $(STACK_BYTES / 8), %rcx
        rep stosq
        movq $0, call_count(%rip)
        movq $0, entry_count(%rip)
        movq $0, ip_advanced(%rip)
        call callee_breakpoints
        movq $(iretlab_trigger_end - iretlab_trigger), trigger_length(%rip)
        movq $0, below_sp_hit(%rip)
        movq $1, first_step(%rip)
        call row_entry
        movq 0(%rdx), %rax
        movq %rax, handler_target(%rip)
        movq %rax, row_handler(%rip)
        movq 8(%rdx), %rax
        testq %rax, %rax
        jz 81f
        movq $-1, (%rax)
81:
        movq %rbx, %rsi
        shlq $5, %rsi
        leaq scenarios(%rip), %rax
        addq %rax, %rsi
        leaq scen_stack_top(%rip), %rax
        subq $128, %rax
        movl 0(%rsi), %ecx
        subq %rcx, %rax
        movq %rax, b_rsp(%rip)
        call frame_ip_slot_below            # the CPU's frame of int $0x40 from ring 0
        movl 16(%rsi), %eax
        movq %rax, b_rflags(%rip)
        # GPR patterns: seed (as the high half) with a per-register low half.
        movl 20(%rsi), %eax
        shlq $32, %rax
        leaq b_gpr(%rip), %rdi
        xorl %ecx, %ecx
4:      movq %rax, %rdx
        orq %rcx, %rdx
        orq $0x0EE00000, %rdx
        movq %rdx, (%rdi,%rcx,8)
        incq %rcx
        cmpq $15, %rcx
        jb 4b
        fninit
        fldcw 8(%rsi)
        cmpl $1, 4(%rsi)
        je 5f
        fldt x87_values + 0(%rip)
        fldt x87_values + 16(%rip)
        fldt x87_values + 32(%rip)
        fldt x87_values + 48(%rip)
        fldt x87_values + 64(%rip)
        fldt x87_values + 80(%rip)
        fldt x87_values + 96(%rip)
        fldt x87_values + 112(%rip)
        jmp 6f
5:      movq mmx_values + 0(%rip), %mm0
        movq mmx_values + 8(%rip), %mm1
        movq mmx_values + 16(%rip), %mm2
        movq mmx_values + 24(%rip), %mm3
        movq mmx_values + 32(%rip), %mm4
        movq mmx_values + 40(%rip), %mm5
        movq mmx_values + 48(%rip), %mm6
        movq mmx_values + 56(%rip), %mm7
6:      ldmxcsr 12(%rsi)
        leaq xmm_values(%rip), %rax
        movups 0(%rax), %xmm0
        movups 16(%rax), %xmm1
        movups 32(%rax), %xmm2
        movups 48(%rax), %xmm3
        movups 64(%rax), %xmm4
        movups 80(%rax), %xmm5
        movups 96(%rax), %xmm6
        movups 112(%rax), %xmm7
        movups 128(%rax), %xmm8
        movups 144(%rax), %xmm9
        movups 160(%rax), %xmm10
        movups 176(%rax), %xmm11
        movups 192(%rax), %xmm12
        movups 208(%rax), %xmm13
        movups 224(%rax), %xmm14
        movups 240(%rax), %xmm15
        # With AVX the upper halves of ymm0-15 get patterns too: a vzeroupper or a VEX-encoded
        # 128-bit write in the handler clears them, which FXSAVE cannot see.
        cmpq $0, have_avx(%rip)
        je 28f
        .irp n, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
        vinsertf128 $1, ymm_values + 16 * \n(%rip), %ymm\n, %ymm\n
        .endr
28:     save_ymm_high ymm_before
        fxsave64 fx_before(%rip)
        # The single-stepped scenario: the handler runs with TF set, and the #DB catcher checks
        # after each instruction that nothing below RSP changed.
        cmpl $1, 28(%rsi)
        jne 23f
        leaq step_entry(%rip), %rax
        movq %rax, handler_target(%rip)
        pushq %rsi
        leaq scen_stack(%rip), %rsi
        leaq shadow(%rip), %rdi
        movq $(STACK_BYTES / 8), %rcx
        rep movsq
        popq %rsi
23:
        # The CR0.TS=1 scenario: the first FP instruction in the handler raises #NM.
        cmpl $0, 24(%rsi)
        je 21f
        movq %cr0, %rax
        orq $8, %rax
        movq %rax, %cr0
21:
@@ARM@@
        call watchdog_arm
        cmpl $2, 28(%rsi)
        je ring3_entry
        # The interrupted code's data segments are the alias 0x48, so that a handler that loads the
        # kernel's 0x10 and keeps it is seen; then its FS, GS and kernel GS bases get patterns.
        movw $0x48, %ax
        call set_segments
        movq b_rsp(%rip), %rsp
        pushq b_rflags(%rip)
        popfq
        load_gprs
        save_segments b
        .globl iretlab_trigger
iretlab_trigger:
@@TRIGGER@@
iretlab_trigger_end:
@@IP_SKIP@@
        .globl iretlab_after_trigger
iretlab_after_trigger:
        save_gprs
        save_segments a
        movq %rsp, a_rsp(%rip)
        pushfq
        popq a_rflags(%rip)
        read_landing iretlab_trigger
        clts
        fxsave64 fx_after(%rip)
        save_ymm_high ymm_after
        jmp report

# The ring-3 scenario: the interrupted code runs in ring 3 on b_rsp; the handler's frame goes onto
# TSS.RSP0. In long mode a null DS is usable, so ring-3 code needs no data segment of its own.
ring3_entry:
        movq b_rsp(%rip), %rax
        subq $4096, %rax
        movq %rax, tss64 + 4(%rip)
        call frame_ip_slot_below            # the CPU's frame from ring 3, on TSS.RSP0
        movq $(iretlab_trigger3_end - iretlab_trigger3), trigger_length(%rip)
        pushq $0x23
        pushq b_rsp(%rip)
        pushq b_rflags(%rip)
        pushq $0x1B
        leaq ring3_trigger(%rip), %rax
        pushq %rax
        # Null data segments (iretq to ring 3 would null the kernel's anyway), then the base patterns.
        xorl %eax, %eax
        call set_segments
        load_gprs
        iretq
ring3_trigger:
        save_segments b
iretlab_trigger3:
@@TRIGGER3@@
iretlab_trigger3_end:
@@IP_SKIP@@
ring3_after:
        save_gprs
        save_segments a
        movq %rsp, a_rsp(%rip)
        pushfq
        popq a_rflags(%rip)
        read_landing iretlab_trigger3
        fxsave64 fx_after(%rip)
        save_ymm_high ymm_after
        int $0x41
ring3_return:
        jmp report

# Where the CPU pushes the IP of a frame taken on the stack whose top is %rax: it aligns the top down to 16
# and pushes RIP, CS, RFLAGS, RSP, SS. Into frame_ip_slot; changes rax.
frame_ip_slot_below:
        andq $-16, %rax
        subq $40, %rax
        movq %rax, frame_ip_slot(%rip)
        ret

# IRQ0 (PIT): in "fault" mode, the first boundary after the handler's iretq. The frame is always
# RIP, CS, RFLAGS, RSP, SS; the #NP frame below the same 16-aligned top had its error code under it.
irq0:
        save_gprs
        save_segments a
        movabsq $GUARD, %rax
        cmpq %rax, -8(%rsp)
        jne 7f
        movb $0x20, %al
        outb %al, $0x20
        call pit_arm
        # The call's return address landed in that very slot: put the guard back, or a second early
        # IRQ0 (a busy host) would take it for an error code and end a scenario that never ran.
        movabsq $GUARD, %rax
        movq %rax, -8(%rsp)
        movq a_gpr + 0(%rip), %rax
        iretq
7:      # Where the handler's iretq went, against the faulting instruction: 0 when it retries it, its
        # length when the handler skipped it (frame->ip += n), anything else when it missed.
        movq (%rsp), %rax
        leaq iretlab_trigger(%rip), %rdx
        testq $3, 8(%rsp)
        jz 30f
        leaq iretlab_trigger3(%rip), %rdx
30:     subq %rdx, %rax
        movq %rax, ip_advanced(%rip)
        movq 16(%rsp), %rax
        movq %rax, a_rflags(%rip)
        movq 24(%rsp), %rax
        movq %rax, a_rsp(%rip)
        clts
        fxsave64 fx_after(%rip)
        save_ymm_high ymm_after
        movb $0x20, %al
        outb %al, $0x20
        movb $0xFF, %al
        outb %al, $0x21
        jmp report

# DS, ES, FS and GS := %ax, then FS_BASE, GS_BASE and KERNEL_GS_BASE := their patterns, recorded in
# b_fsbase..b_kgsbase (loading FS or GS replaces its base: the patterns come after). Changes rax, rcx, rdx.
set_segments:
        movw %ax, %ds
        movw %ax, %es
        movw %ax, %fs
        movw %ax, %gs
        movl $0xC0000100, %ecx
        leaq b_fsbase(%rip), %rax
        movq $0x12340000, (%rax)
        movq $0x56780000, 8(%rax)
        movq $0x3ABC0000, 16(%rax)
1:      movq (%rax), %rdx
        pushq %rax
        movl %edx, %eax
        shrq $32, %rdx
        wrmsr
        popq %rax
        addq $8, %rax
        incl %ecx
        cmpl $0xC0000103, %ecx
        jb 1b
        ret

# FS_BASE, GS_BASE and KERNEL_GS_BASE into a_fsbase..a_kgsbase (ring 0). Changes rax, rcx, rdx, rdi.
read_bases:
        movl $0xC0000100, %ecx
        leaq a_fsbase(%rip), %rdi
1:      rdmsr
        movl %eax, (%rdi)
        movl %edx, 4(%rdi)
        addq $8, %rdi
        incl %ecx
        cmpl $0xC0000103, %ecx
        jb 1b
        ret

# --- reporting ------------------------------------------------------------------------------
report:
        movq harness_rsp(%rip), %rsp
        # Before the selectors are reloaded: loading FS or GS replaces its base.
        call read_bases
        movw $0x10, %ax
        movw %ax, %ds
        movw %ax, %es
        movw %ax, %fs
        movw %ax, %gs
        movw %ax, %ss
        cld
        call watchdog_off
        leaq msg_before(%rip), %rsi
        call puts
        leaq b_gpr(%rip), %rsi
        movq $24, %rcx
        call put_words
        leaq msg_after(%rip), %rsi
        call puts
        leaq a_gpr(%rip), %rsi
        movq $24, %rcx
        call put_words
        leaq msg_fxb(%rip), %rsi
        call puts
        leaq fx_before(%rip), %rsi
        movq $416, %rcx
        call put_bytes
        leaq msg_fxa(%rip), %rsi
        call puts
        leaq fx_after(%rip), %rsi
        movq $416, %rcx
        call put_bytes
        cmpq $0, have_avx(%rip)
        je 29f
        leaq msg_yb(%rip), %rsi
        call puts
        leaq ymm_before(%rip), %rsi
        movq $256, %rcx
        call put_bytes
        leaq msg_ya(%rip), %rsi
        call puts
        leaq ymm_after(%rip), %rsi
        movq $256, %rcx
        call put_bytes
29:
        call row_entry
        cmpq $0, 8(%rdx)
        je 82f
        leaq msg_probe(%rip), %rsi
        call puts
        call row_entry
        movq 8(%rdx), %rax
        movq (%rax), %rax
        call put_hex
        call put_nl
82:
        call report_ip
        cmpq $0, below_sp_hit(%rip)
        je 24f
        leaq msg_below(%rip), %rsi
        call puts
        leaq below_sp_addr(%rip), %rsi  # below_sp_addr, _value, _rip, _rsp
        movq $4, %rcx
        call put_words
24:
        call report_calls
        call report_stack
        jmp end_scenario

end_scenario:
        fninit
        ldmxcsr mxcsr_default(%rip)
        leaq msg_end(%rip), %rsi
        call puts
        movq current(%rip), %rax
        call put_hex
        call put_nl
        incq current(%rip)
        jmp next_scenario

report_calls:
        leaq msg_calls(%rip), %rsi
        call puts
        movq call_count(%rip), %rax
        call put_hex
        call put_nl
        xorl %ebx, %ebx
8:      cmpq call_count(%rip), %rbx
        jae 9f
        cmpq $8, %rbx
        jae 9f
        leaq msg_call(%rip), %rsi
        call puts
        movq %rbx, %rsi
        shlq $5, %rsi
        leaq call_log(%rip), %rax
        addq %rax, %rsi
        movq $4, %rcx
        call put_words
        incq %rbx
        jmp 8b
9:      xorl %ebx, %ebx
71:     cmpq entry_count(%rip), %rbx
        jae 72f
        cmpq $8, %rbx
        jae 72f
        leaq msg_entry(%rip), %rsi
        call puts
        movq %rbx, %rsi
        shlq $5, %rsi
        leaq entry_log(%rip), %rax
        addq %rax, %rsi
        movq $3, %rcx
        call put_words
        incq %rbx
        jmp 71b
72:     ret

# The row's handler (rdx = its entry in row_handlers, from current; rax too): its address, its
# error-code probe (0: none), its in-module callees' groups of breakpoints and their rows, and the
# scenario's own index. A kernel may run several handlers, each through its scenarios in turn.
row_entry:
        movq current(%rip), %rdx
        imulq $40, %rdx, %rdx
        leaq row_handlers(%rip), %rax
        addq %rax, %rdx
        ret

# In-module callees (functions of the handler's object it calls, run for real): execution
# breakpoints at up to four entries per scenario, a row of DR0-DR3 and DR7 chosen by the scenario's
# own index when there are more. Each hit is logged by db_step. A handler without any clears DR7:
# the previous handler's breakpoints must not fire in its code.
callee_breakpoints:
        # A stale DR6 (the stepped scenario's BS) would make a breakpoint look like a step too.
        movq $0xFFFF0FF0, %rax
        movq %rax, %dr6
        call row_entry
        movq 16(%rdx), %rcx
        testq %rcx, %rcx
        jnz 74f
        movq %rcx, %dr7
        ret
74:     pushq %rsi
        movq 24(%rdx), %rsi
        movq 32(%rdx), %rax
        xorl %edx, %edx
        divq %rcx
        imulq $40, %rdx, %rdx
        addq %rsi, %rdx
        popq %rsi
        movq 0(%rdx), %rax
        movq %rax, %dr0
        movq 8(%rdx), %rax
        movq %rax, %dr1
        movq 16(%rdx), %rax
        movq %rax, %dr2
        movq 24(%rdx), %rax
        movq %rax, %dr3
        movq 32(%rdx), %rax
        movq %rax, %dr7
73:     ret

report_stack:
        # Whole quadwords from the interrupted RSP up to the top (RSP may be only 4-aligned).
        movq b_rsp(%rip), %rsi
        leaq scen_stack_top - 7(%rip), %rdi
        movabsq $GUARD, %rdx
11:     cmpq %rdi, %rsi
        jae 12f
        cmpq %rdx, (%rsi)
        je 13f
        pushq %rsi
        pushq %rdi
        pushq %rdx
        leaq msg_mem(%rip), %rsi
        call puts
        movq 16(%rsp), %rax
        call put_hex
        call put_sp
        movq 16(%rsp), %rsi
        movq (%rsi), %rax
        call put_hex
        call put_nl
        popq %rdx
        popq %rdi
        popq %rsi
13:     addq $8, %rsi
        jmp 11b
12:     ret

# Faults: (%rsp) vector, 8 error code, 16 RIP, 24 CS, 32 RFLAGS, 40 RSP.
fault_common:
        clts
        movq (%rsp), %rax
        movq %rax, f_vector(%rip)
        movq 8(%rsp), %rax
        movq %rax, f_code(%rip)
        movq 16(%rsp), %rax
        movq %rax, f_rip(%rip)
        movq 40(%rsp), %rax
        movq %rax, f_rsp(%rip)
        movq harness_rsp(%rip), %rsp
        movw $0x10, %ax
        movw %ax, %ds
        movw %ax, %es
        movw %ax, %fs
        movw %ax, %gs
        movw %ax, %ss
        cld
        call watchdog_off
        movb $0xFF, %al
        outb %al, $0x21
        leaq msg_fault(%rip), %rsi
        call puts
        leaq f_vector(%rip), %rsi       # f_vector, f_code, f_rip, f_rsp
        movq $4, %rcx
        call put_words
        call fault_landing
        cmpq $0, ip_advanced(%rip)
        je 3f
        call report_ip
3:      call report_calls
        jmp end_scenario

# Where the handler's iretq went ("I bytes-past-the-trigger trigger-length landing-pads").
report_ip:
        leaq msg_ip(%rip), %rsi
        call puts
        movq ip_advanced(%rip), %rax
        call put_hex
        call put_sp
        movq trigger_length(%rip), %rax
        call put_hex
        call put_sp
        movq $LANDING_PADS, %rax
        call put_hex
        jmp put_nl

# A fault strictly inside the instruction that entered the handler, or inside what follows it up to the code that
# saves the state (the spin after a faulting load, whose second byte is FE): nothing jumps there, only the
# handler's iretq to a frame IP it moved gets there. Where, as bytes past that instruction's start, into
# ip_advanced (the ring-0 trigger, then the ring-3 one).
fault_landing:
        movq f_rip(%rip), %rax
        leaq iretlab_trigger(%rip), %rdx
        subq %rdx, %rax
        movq $(iretlab_after_trigger - iretlab_trigger), %rcx
        call 1f
        movq f_rip(%rip), %rax
        leaq iretlab_trigger3(%rip), %rdx
        subq %rdx, %rax
        movq $(ring3_after - iretlab_trigger3), %rcx
1:      testq %rax, %rax
        jz 2f
        cmpq %rcx, %rax
        jae 2f
        movq %rax, ip_advanced(%rip)
2:      ret

# The handler's gate: an indirect jump changes no register or flag, so the handler starts exactly
# as the CPU left it; in the stepped scenario it goes through step_entry, which sets TF.
handler_gate:
        jmp *handler_target(%rip)
step_entry:
        # Each entry starts a fresh comparison (a faulting entry repeats until IRQ0): the pushfq
        # below writes under RSP before stepping starts.
        movq $1, first_step(%rip)
        pushfq
        orq $0x100, (%rsp)
        popfq
        jmp *row_handler(%rip)

# #DB on IST1 after each stepped instruction: (%rsp) RIP, 8 CS, 16 RFLAGS, 24 RSP, 32 SS.
db_step:
        pushq %rax
        pushq %rcx
        pushq %rsi
        pushq %rdi
        pushq %rdx
        pushfq
        # An in-module callee's breakpoint: log RSP at its entry, its return address and address,
        # and resume it with RF set so that it does not fire again; a single step that reached it at
        # the same time (BS) is checked as any other.
        movq %dr6, %rax
        testq $0xF, %rax
        jz 76f
        movq $0xFFFF0FF0, %rcx
        movq %rcx, %dr6
        orq $0x10000, 48+16(%rsp)
        movq entry_count(%rip), %rcx
        cmpq $8, %rcx
        jae 74f
        shlq $5, %rcx
        leaq entry_log(%rip), %rdi
        addq %rcx, %rdi
        movq 48+24(%rsp), %rsi
        movq %rsi, 0(%rdi)
        movq (%rsi), %rsi
        movq %rsi, 8(%rdi)
        movq 48(%rsp), %rsi
        movq %rsi, 16(%rdi)
74:     incq entry_count(%rip)
        testq $0x4000, %rax
        jz 28f
76:
        cmpq $0, first_step(%rip)
        jne 27f
        cmpq $0, below_sp_hit(%rip)
        jne 27f
        # Every quadword in the 256 bytes below the stepped RSP must be what it was before the step.
        movq 48+24(%rsp), %rsi
        leaq scen_stack_top(%rip), %rax
        cmpq %rax, %rsi
        ja 27f                          # RSP left the scenario stack: nothing of ours to compare
        movq $32, %rcx
25:     subq $8, %rsi
        leaq scen_stack(%rip), %rax
        cmpq %rax, %rsi
        jb 27f
        movq %rsi, %rdi
        subq %rax, %rdi
        leaq shadow(%rip), %rax
        movq (%rsi), %rdx
        cmpq %rdx, (%rax,%rdi)
        je 26f
        movq %rsi, below_sp_addr(%rip)
        movq %rdx, below_sp_value(%rip)
        movq last_rip(%rip), %rax
        movq %rax, below_sp_rip(%rip)
        movq 48+24(%rsp), %rax
        movq %rax, below_sp_rsp(%rip)
        movq $1, below_sp_hit(%rip)
        jmp 27f
26:     loop 25b
27:     movq $0, first_step(%rip)
        movq 48(%rsp), %rax
        movq %rax, last_rip(%rip)
        # The shadow follows every legal change (pushes, stores above RSP) for the next step.
        leaq scen_stack(%rip), %rsi
        leaq shadow(%rip), %rdi
        movq $(STACK_BYTES / 8), %rcx
        cld
        rep movsq
28:     popfq
        popq %rdx
        popq %rdi
        popq %rsi
        popq %rcx
        popq %rax
        iretq
db_step_end:

@@FAULT_STUBS@@

# --- the watchdog: a scenario whose handler does not return ----------------------------------
# As in harness32.s: the local APIC's timer raises an NMI every WATCH_PERIOD while a scenario runs
# (QEMU honours the NMI delivery mode in the timer's LVT); the first WATCH_LIMIT - 1 return at once
# (a hlt ends there, as on a machine at the next interrupt), the last gives the scenario up and
# reports where the CPU was ("H RIP RSP"). The NMI runs on IST3; its iretq to nmi_give_up ends the
# NMI's blocking of further NMIs.
watchdog_init:
        cmpq $0, have_apic(%rip)
        je 1f
        movl $0x1FF, APIC + 0xF0        # APIC software-enabled, spurious vector 0xFF
        movl $0xB, APIC + 0x3E0         # divide by 1
        movl $0x400, APIC + 0x320       # timer: one shot, NMI
1:      ret

# RSI: the scenario's row. Stepping (a #DB and a 16 KiB shadow copy per instruction) takes thousands of
# instructions per instruction stepped: the stepped scenario gets ten times the periods (some 6000 steps).
watchdog_arm:
        movq $0, watch_fired(%rip)
        movq $WATCH_LIMIT, watch_limit(%rip)
        cmpl $1, 28(%rsi)
        jne 2f
        movq $WATCH_LIMIT * 10, watch_limit(%rip)
2:      movq $1, watch_active(%rip)
        cmpq $0, have_apic(%rip)
        je 1f
        movl $WATCH_FIRST, APIC + 0x380
1:      ret

watchdog_off:
        movq $0, watch_active(%rip)
        cmpq $0, have_apic(%rip)
        je 1f
        movl $0, APIC + 0x380
1:      ret

# (%rsp) RIP, 8 CS, 16 RFLAGS, 24 RSP, 32 SS.
nmi_watchdog:
        cmpq $0, watch_active(%rip)
        je 1f
        pushq %rax
        incq watch_fired(%rip)
        movq watch_fired(%rip), %rax
        cmpq watch_limit(%rip), %rax
        popq %rax
        jae 2f
        movl $WATCH_PERIOD, APIC + 0x380
1:      iretq
2:      movq $0, watch_active(%rip)
        pushq %rax
        movq 8(%rsp), %rax
        movq 32(%rsp), %rcx
        # Caught in the #DB catcher of a stepped handler: where the handler is, is in the #DB's frame.
        leaq db_step(%rip), %rdx
        cmpq %rdx, %rax
        jb 3f
        leaq db_step_end(%rip), %rdx
        cmpq %rdx, %rax
        jae 3f
        movq ist1_top - 40(%rip), %rax
        movq ist1_top - 16(%rip), %rcx
3:      movq %rax, h_rip(%rip)
        movq %rcx, h_rsp(%rip)
        leaq nmi_give_up(%rip), %rax
        movq %rax, 8(%rsp)
        movq $0x08, 16(%rsp)
        movq $0x2, 24(%rsp)
        movq harness_rsp(%rip), %rax
        movq %rax, 32(%rsp)
        movq $0x10, 40(%rsp)
        popq %rax
        iretq
nmi_give_up:
        leaq msg_hang(%rip), %rsi
        jmp stop_report

# A stand-in for a function that does not return (a call to it ends its block: nothing follows it,
# or ud2): the scenario ends there, as it would on a machine. Reported as "N STANDIN RETURN-ADDRESS".
noreturn_called:
        leaq msg_noreturn(%rip), %rsi
        jmp stop_report

# A scenario that ended without the handler's iretq: RSI the report's tag, h_rip and h_rsp its words.
stop_report:
        movw $0x10, %ax
        movw %ax, %ss
        movq harness_rsp(%rip), %rsp
        movw %ax, %ds
        movw %ax, %es
        movw %ax, %fs
        movw %ax, %gs
        cld
        clts
        call watchdog_off
        movb $0xFF, %al
        outb %al, $0x21
        call puts
        leaq h_rip(%rip), %rsi
        movq $2, %rcx
        call put_words
        call report_calls
        jmp end_scenario

# #UD at an AVX-512 instruction of the handler (QEMU has none) is skipped, as if the instruction did
# nothing, so that what comes after it (calls, and the locals passed to them) still runs; any other
# #UD is a fault like the rest. It runs on IST1, so that nothing lands below the handler's RSP.
fault_6:
        pushq %rax
        pushq %rcx
        leaq avx512_skips(%rip), %rcx
41:     movq (%rcx), %rax
        testq %rax, %rax
        jz 42f
        cmpq %rax, 16(%rsp)
        je 43f
        addq $16, %rcx
        jmp 41b
43:     movq 8(%rcx), %rax
        addq %rax, 16(%rsp)
        popq %rcx
        popq %rax
        iretq
42:     popq %rcx
        popq %rax
        pushq $0
        pushq $6
        jmp fault_common

# --- stand-ins: the x86-64 SysV callee's ABI and nothing more ----------------------------------
standin_entry:
        # Called first by every stand-in: RSP here is the stand-in's entry RSP minus 8.
        pushfq
        popq standin_flags(%rip)
        movq call_count(%rip), %rax
        cmpq $8, %rax
        jae 14f
        shlq $5, %rax
        leaq call_log(%rip), %rcx
        addq %rcx, %rax
        leaq 8(%rsp), %rcx
        movq %rcx, 0(%rax)
        movq standin_flags(%rip), %rcx
        movq %rcx, 8(%rax)
        movq %rdi, 16(%rax)
        movq 8(%rsp), %rcx
        movq %rcx, 24(%rax)
14:     incq call_count(%rip)
        # The stand-in called this from its first instruction, a 5-byte call: it starts 5 bytes before
        # where this returns to.
        movq (%rsp), %rax
        subq $5, %rax
        leaq noreturn_standins(%rip), %rcx
32:     cmpq $0, (%rcx)
        je 33f
        cmpq %rax, (%rcx)
        je 34f
        addq $8, %rcx
        jmp 32b
33:     ret
34:     movq %rax, h_rip(%rip)
        movq 8(%rsp), %rax
        movq %rax, h_rsp(%rip)
        jmp noreturn_called

standin_clobber:
        # Caller-saved GPRs the stand-in's own work does not need.
        movabsq $0xDEAD0A0ADEAD0A0A, %r10
        movabsq $0xDEAD0B0BDEAD0B0B, %r11
        ret

standin_clobber_x87:
        # A callee that may use x87 or MMX: the MMX/x87 registers (empty at a call), FSW status flags.
        movq junk_values(%rip), %mm0
        movq junk_values(%rip), %mm1
        movq junk_values(%rip), %mm2
        movq junk_values(%rip), %mm3
        movq junk_values(%rip), %mm4
        movq junk_values(%rip), %mm5
        movq junk_values(%rip), %mm6
        movq junk_values(%rip), %mm7
        emms
        fnstcw standin_fcw(%rip)
        fninit
        fldcw standin_fcw(%rip)
        fld1
        fldpi
        faddp
        fstp %st(0)
        ret

standin_clobber_sse:
        movups junk_values(%rip), %xmm0
        movups junk_values(%rip), %xmm1
        movups junk_values(%rip), %xmm2
        movups junk_values(%rip), %xmm3
        movups junk_values(%rip), %xmm4
        movups junk_values(%rip), %xmm5
        movups junk_values(%rip), %xmm6
        movups junk_values(%rip), %xmm7
        movups junk_values(%rip), %xmm8
        movups junk_values(%rip), %xmm9
        movups junk_values(%rip), %xmm10
        movups junk_values(%rip), %xmm11
        movups junk_values(%rip), %xmm12
        movups junk_values(%rip), %xmm13
        movups junk_values(%rip), %xmm14
        movups junk_values(%rip), %xmm15
        stmxcsr standin_mxcsr(%rip)
        orl $0x3F, standin_mxcsr(%rip)
        ldmxcsr standin_mxcsr(%rip)
        ret

# A callee built with AVX owns all of ymm0-15, upper halves included.
standin_clobber_avx:
        .irp n, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
        vmovups junk_values(%rip), %ymm\n
        .endr
        ret

@@STANDINS@@

# --- set-up --------------------------------------------------------------------------------
build_idt:
        leaq idt_entries(%rip), %rsi
15:     movq (%rsi), %rcx
        cmpq $-1, %rcx
        je 16f
        movq 8(%rsi), %rax
        shlq $4, %rcx
        leaq idt(%rip), %rdi
        addq %rcx, %rdi
        movw %ax, (%rdi)
        movw $0x08, 2(%rdi)
        movw $0x8E00, 4(%rdi)
        shrq $16, %rax
        movw %ax, 6(%rdi)
        shrq $16, %rax
        movl %eax, 8(%rdi)
        movl $0, 12(%rdi)
        addq $16, %rsi
        jmp 15b
16:     ret

# A character of the report: AL appended to out_buffer, the RAM Qemu.java reads after the boot (a
# write to QEMU's debug console was a host system call per character: half of a boot's time). Touches
# the flags and nothing else. A full buffer drops the rest: the scenarios it held run again in the
# next boot.
        .macro out_char
        pushq %rdi
        movq out_ptr(%rip), %rdi
        cmpq $out_end, %rdi
        jae .Lout_full\@
        movb %al, (%rdi)
        incq %rdi
        movq %rdi, out_ptr(%rip)
.Lout_full\@:
        popq %rdi
        .endm

# The PICs, the PIT and strings: harness_io.s, the same for both harnesses. Java
# writes it beside the rendered harness and puts its absolute path here (the embedded assembler
# would look for a relative one in iretlab's own working folder).
        .include "@@PORT_IO@@"

# --- printing numbers ----------------------------------------------------------------------------
put_hex:
        pushq %rcx
        pushq %rdx
        pushq %rbx
        leaq hex_digits(%rip), %rbx
        movq %rax, %rdx
        movq $16, %rcx
18:     rolq $4, %rdx
        movq %rdx, %rax
        andq $15, %rax
        movb (%rbx,%rax), %al
        out_char
        loop 18b
        popq %rbx
        popq %rdx
        popq %rcx
        ret

# RCX words from RSI, each followed by a space, then a newline.
put_words:
19:     lodsq
        call put_hex
        call put_sp
        loop 19b
        call put_nl
        ret

put_bytes:
        pushq %rbx
        leaq hex_digits(%rip), %rbx
20:     lodsb
        movzbq %al, %rax
        movq %rax, %rdx
        shrq $4, %rax
        movb (%rbx,%rax), %al
        out_char
        movq %rdx, %rax
        andq $15, %rax
        movb (%rbx,%rax), %al
        out_char
        loop 20b
        popq %rbx
        call put_nl
        ret

# --- data -----------------------------------------------------------------------------------
        .data
# Variables added to the harness go here, in .data, never into .bss: .bss starts on a page and the
# stacks' offsets in it decide their alignment beyond 16 bytes, which the scenarios do not set and
# which a 32-byte vmovaps meets (a variable added above them moved the stacks by 16 and flipped
# verdicts). Where a stand-in that changes nothing keeps the two registers its log uses:
standin_keep:   .quad 0, 0
# Where the next character of the report goes (out_char); out_buffer and out_end: the linker script's.
out_ptr:        .quad out_buffer
# The handler of the scenario's row, where step_entry goes.
row_handler:    .quad 0
        .p2align 3
gdt:
        .quad 0
        .quad 0x00AF9A000000FFFF        # 0x08 64-bit code
        .quad 0x00CF92000000FFFF        # 0x10 data
        .quad 0x00AFFA000000FFFF        # 0x18 ring-3 64-bit code
        .quad 0x00CFF2000000FFFF        # 0x20 ring-3 data
        .quad 0x00CF12000000FFFF        # 0x28 data, not present: loading it raises #NP(0x28)
        .quad 0, 0                      # 0x30 the 64-bit TSS (16 bytes), filled in at boot
        .quad 0x00CF72000000FFFF        # 0x40 ring-3 data, not present: #NP(0x40) from ring 3
        .quad 0x00CF92000000FFFF        # 0x48 data, the interrupted code's alias of 0x10
gdt_end:
gdt_desc:
        .word gdt_end - gdt - 1
        .quad gdt
idt_desc:
        .word 256 * 16 - 1
        .quad idt
np_selector:
        .word NP_SELECTOR
np3_selector:
        .word 0x43
        .p2align 2
mxcsr_default:
        .long 0x1F80
        .p2align 3
# Where the CPU put the IP of the handler's frame in this scenario (read_landing reads the landing there).
frame_ip_slot:  .quad 0
hex_digits:
        .ascii "0123456789abcdef"
msg_boot:       .asciz "iretlab-oracle 1\n"
msg_scenario:   .asciz "S "
msg_before:     .asciz "B "
msg_after:      .asciz "A "
msg_fxb:        .asciz "XB "
msg_fxa:        .asciz "XA "
msg_yb:         .asciz "YB "
msg_ya:         .asciz "YA "
msg_calls:      .asciz "C "
msg_call:       .asciz "c "
msg_entry:      .asciz "k "
msg_mem:        .asciz "M "
msg_fault:      .asciz "F "
msg_end:        .asciz "E "
msg_probe:      .asciz "P "
msg_ip:         .asciz "I "
msg_below:      .asciz "W "
msg_done:       .asciz "DONE\n"
msg_hang:       .asciz "H "
msg_noreturn:   .asciz "N "

        .p2align 4
avx512_skips:
@@AVX512_SKIPS@@
noreturn_standins:
@@NORETURN_STANDINS@@
x87_values:
@@X87_VALUES@@
mmx_values:
@@MMX_VALUES@@
xmm_values:
@@XMM_VALUES@@
ymm_values:
@@YMM_VALUES@@
junk_values:
        .quad 0x0BADF00D0BADF00D, 0x0BADF00D0BADF00D, 0x0BADF00D0BADF00D, 0x0BADF00D0BADF00D

        .p2align 3
scenarios:
@@SCENARIO_ROWS@@
row_handlers:
@@ROW_HANDLERS@@
@@CALLEE_ROWS@@
idt_entries:
@@IDT_ENTRIES@@
        .quad -1

        .bss
        .p2align 12
pml4:           .space 4096
pdpt:           .space 4096
pd:             .space 4096
pd_apic:        .space 4096
        .p2align 4
fx_before:      .space 512
fx_after:       .space 512
ymm_before:     .space 256
ymm_after:      .space 256
have_avx:       .quad 0
have_apic:      .quad 0
watch_active:   .quad 0
watch_fired:    .quad 0
watch_limit:    .quad 0
h_rip:          .quad 0
h_rsp:          .quad 0
idt:            .space 256 * 16
        .p2align 3
current:        .quad 0
harness_rsp:    .quad 0
b_gpr:          .space 15 * 8
b_rsp:          .quad 0
b_rflags:       .quad 0
b_ds:           .quad 0
b_es:           .quad 0
b_fs:           .quad 0
b_gs:           .quad 0
b_fsbase:       .quad 0
b_gsbase:       .quad 0
b_kgsbase:      .quad 0
a_gpr:          .space 15 * 8
a_rsp:          .quad 0
a_rflags:       .quad 0
a_ds:           .quad 0
a_es:           .quad 0
a_fs:           .quad 0
a_gs:           .quad 0
a_fsbase:       .quad 0
a_gsbase:       .quad 0
a_kgsbase:      .quad 0
f_vector:       .quad 0
f_code:         .quad 0
f_rip:          .quad 0
f_rsp:          .quad 0
call_count:     .quad 0
ip_advanced:    .quad 0
trigger_length: .quad 0
call_log:       .space 8 * 32
entry_count:    .quad 0
entry_log:      .space 8 * 32
standin_flags:  .quad 0
standin_fcw:    .quad 0
standin_mxcsr:  .quad 0
handler_target: .quad 0
first_step:     .quad 0
last_rip:       .quad 0
below_sp_hit:   .quad 0
below_sp_addr:  .quad 0
below_sp_value: .quad 0
below_sp_rip:   .quad 0
below_sp_rsp:   .quad 0
        .p2align 4
tss64:          .space 104
        .p2align 4
shadow:         .space STACK_BYTES
ist1_stack:     .space 4096
ist1_top:
ist2_stack:     .space 4096
ist2_top:
ist3_stack:     .space 4096
ist3_top:
        .p2align 6                      # the scenarios' misalignments are below a 64-aligned top
scen_stack:     .space STACK_BYTES
scen_stack_top:
        .space 4096
boot_stack_top:
