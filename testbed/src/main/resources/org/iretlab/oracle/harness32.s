# iretlab's 32-bit oracle harness: a multiboot kernel that runs handlers under test, each through
# its scenarios (one row per handler and scenario, row_handlers saying which handler), and reports, in a buffer in RAM that Java reads after the boot, the machine state
# before the interrupt and after the handler's iret, every fault, and every call the handler made
# to a stand-in. Java fills in the @@KEY@@ parts; everything else is fixed.
#
# Entry: @@ENTRY@@ is "int" (the handler is the gate of vector 0x40, entered by int $0x40) or
# "fault" (the gate of #NP, entered by loading a not-present selector: the CPU pushes an error
# code; the handler's iret retries the load, and the PIT's IRQ0, pending while the handler runs
# with IF=0, takes over at the first instruction boundary after that iret).

        .code32
        .set GUARD, 0xA5A5A5A5
        .set STACK_BYTES, 32768         # a 12 KiB frame entered from ring 3 (4 KiB lower) fits; 64-bit keeps 16 KiB: its single-step copies the stack per step
        .set SCEN_SIZE, 32
        .set NP_SELECTOR, 0x28
# One-byte landing pads after the entering int (0 in "fault" mode, where a spin follows the load).
        .set LANDING_PADS, @@LANDING_PADS@@
# The watchdog (see nmi_watchdog): the local APIC's registers, mapped at boot, and its timer's period
# and how many periods a scenario may take. The timer counts QEMU's virtual nanoseconds at divide-by-1,
# which Qemu.java ties to instructions (-icount shift=2: 4 ns each), so these are instruction budgets,
# the same on a loaded host: the first 1.25 million instructions, far more than a scenario that returns
# takes, and a halted CPU skips to the next NMI at once (sleep=off).
        .set APIC, 0xFEE00000
        .set WATCH_FIRST, 5000000
        .set WATCH_PERIOD, 1250000
        .set WATCH_LIMIT, 4

# The machine's GPRs after the handler, into a_eax..a_ebp, touching nothing else (through SS: after
# a return to ring 3, DS may be null).
        .macro save_gprs
        movl %eax, %ss:a_eax
        movl %ebx, %ss:a_ebx
        movl %ecx, %ss:a_ecx
        movl %edx, %ss:a_edx
        movl %esi, %ss:a_esi
        movl %edi, %ss:a_edi
        movl %ebp, %ss:a_ebp
        .endm

# After int $0x40 (reached only in "int" mode, over the landing pads): where the handler's iret went, from the
# IP slot of the CPU's frame, which the iret left below SP (nothing has pushed over it yet: pushfl wrote only
# the EFLAGS slot), as bytes past \trigger. Flags and EAX change: both are saved by then. Through SS, as above.
        .macro read_landing trigger
        movl %ss:frame_ip_slot, %eax
        movl %ss:(%eax), %eax
        subl $\trigger, %eax
        movl %eax, %ss:ip_advanced
        .endm

# The interrupted code's GPR patterns from b_eax..b_ebp, touching nothing else.
        .macro load_gprs
        movl b_eax, %eax
        movl b_ebx, %ebx
        movl b_ecx, %ecx
        movl b_edx, %edx
        movl b_esi, %esi
        movl b_edi, %edi
        movl b_ebp, %ebp
        .endm

# The data segment selectors into \dest\()_ds..\dest\()_ss, touching no register or flag (through SS,
# as above).
        .macro save_segments dest
        movw %ds, %ss:\dest\()_ds
        movw %es, %ss:\dest\()_es
        movw %fs, %ss:\dest\()_fs
        movw %gs, %ss:\dest\()_gs
        movw %ss, %ss:\dest\()_ss
        .endm

# The upper halves of ymm0-7 into DEST (8 x 16 bytes), where the CPU has AVX; through SS, as above.
        .macro save_ymm_high dest
        cmpl $0, %ss:have_avx
        je 77f
        .irp n, 0, 1, 2, 3, 4, 5, 6, 7
        vextractf128 $1, %ymm\n, %ss:\dest + 16 * \n
        .endr
77:
        .endm

        .section .multiboot, "a"
        .p2align 2
        .long 0x1BADB002
        .long 0
        .long -0x1BADB002

        .text
        .globl _start
_start:
        cli
        movl $boot_stack_top, %esp
@@COPY_EXECUTABLE@@        lgdt gdt_desc
        ljmp $0x08, $1f
1:      movw $0x10, %ax
        movw %ax, %ds
        movw %ax, %es
        movw %ax, %fs
        movw %ax, %gs
        movw %ax, %ss
        movl %cr0, %eax
        andl $0xFFFFFFF3, %eax          # EM and TS off: x87, MMX and SSE execute
        orl $0x22, %eax                 # MP and NE on: x87 errors as #MF
        movl %eax, %cr0
        movl %cr4, %eax
        orl $0x600, %eax                # OSFXSR, OSXMMEXCPT
        movl %eax, %cr4
        # AVX where the CPU has it (QEMU -cpu max does; it has no AVX-512): OSXSAVE, then XCR0 = x87|SSE|AVX.
        movl $1, %eax
        cpuid
        andl $0x14000000, %ecx
        cmpl $0x14000000, %ecx
        jne 1f
        movl %cr4, %eax
        orl $0x40000, %eax
        movl %eax, %cr4
        xorl %ecx, %ecx
        xorl %edx, %edx
        movl $7, %eax
        xsetbv
        movl $1, have_avx
1:      fninit
        # Paging: the first 1 GiB identity-mapped in 4 MiB pages (user pages, for the ring-3 scenario);
        # above it nothing, so that a handler that loses its stack faults instead of writing anywhere.
        xorl %ecx, %ecx
2:      movl %ecx, %eax
        shll $22, %eax
        orl $0x87, %eax                 # present, writable, user, 4 MiB
        movl %eax, page_directory(,%ecx,4)
        incl %ecx
        cmpl $256, %ecx
        jb 2b
        # The local APIC's page (uncached, supervisor only) for the watchdog, where the CPU has one.
        movl $1, %eax
        cpuid
        testl $0x200, %edx
        jz 3f
        movl $(APIC & 0xFFC00000) | 0x9B, page_directory + (APIC >> 22) * 4
        movl $1, have_apic
3:
        movl %cr4, %eax
        orl $0x10, %eax                 # PSE
        movl %eax, %cr4
        movl $page_directory, %eax
        movl %eax, %cr3
        movl %cr0, %eax
        orl $0x80000000, %eax
        movl %eax, %cr0
        call build_idt
        lidt idt_desc
        # The TSS at GDT 0x30: its ESP0 is where the CPU puts the frame of an interrupt from ring 3.
        # Its CR3 is static: a task switch back to it loads it.
        movl $tss, %eax
        movl $0x30, %edi
        call tss_descriptor
        movl $0x10, tss + 8
        movl $page_directory, tss + 28
        movw $0x30, %ax
        ltr %ax
        # #DF through a task gate to the TSS at 0x40: a fresh stack and state, whatever the handler
        # did to ESP, so that a lost stack is a report and not a triple fault.
        movl $df_tss, %eax
        movl $0x40, %edi
        call tss_descriptor
        movl $page_directory, df_tss + 28
        movl $df_task, df_tss + 32
        movl $0x2, df_tss + 36
        movl $df_stack_top, df_tss + 56
        movl $0x10, df_tss + 72         # ES
        movl $0x08, df_tss + 76         # CS
        movl $0x10, df_tss + 80         # SS
        movl $0x10, df_tss + 84         # DS
        movl $0x10, df_tss + 88         # FS
        movl $0x10, df_tss + 92         # GS
        movl $0x00400000, idt + 8 * 8   # selector 0x40
        movl $0x00008500, idt + 8 * 8 + 4   # present task gate
        # Ring 3 may raise the handler's software interrupt and the harness's way back.
        movw $0xEE00, idt + 0x40 * 8 + 4
        movw $0xEE00, idt + 0x41 * 8 + 4
        call pic_init
        call watchdog_init
        movl $msg_boot, %esi
        call puts
        movl $0, current
next_scenario:
        movl current, %ebx
        cmpl $@@SCENARIOS@@, %ebx
        jae all_done
        jmp run_scenario

all_done:
        movl $msg_done, %esi
        call puts
        movw $0xf4, %dx
        movb $0x00, %al
        outb %al, %dx                   # QEMU exits with status 1
        cli
2:      hlt
        jmp 2b

# --- one scenario: ebx = index ------------------------------------------------------------
run_scenario:
        movl %esp, harness_esp
        movl $msg_scenario, %esi
        call puts
        movl %ebx, %eax
        call put_hex
        call put_nl
        # The interrupted stack and everything below it start as the guard pattern.
        cld
        movl $scen_stack, %edi
        movl $GUARD, %eax
        movl $(STACK_BYTES / 4), %ecx
        rep stosl
        movl $0xFFFFFFFF, error_code_slot_mark
        movl $0, call_count
        movl $0, entry_count
        movl $0, ip_advanced
        movl $(iretlab_trigger_end - iretlab_trigger), trigger_length
        call callee_breakpoints
        # The row's handler becomes the gate's target (its type and DPL stay as build_idt left them).
        call row_entry
        movl 0(%edx), %eax
        movw %ax, idt + @@HANDLER_VECTOR@@ * 8
        shrl $16, %eax
        movw %ax, idt + @@HANDLER_VECTOR@@ * 8 + 6
        movl 4(%edx), %eax
        testl %eax, %eax
        jz 81f
        movl $-1, (%eax)
81:
        # The scenario row: misalignment, fp mode, FCW, MXCSR, EFLAGS, GPR seed.
        movl %ebx, %esi
        shll $5, %esi
        addl $scenarios, %esi
        movl $scen_stack_top, %eax
        subl $64, %eax
        subl 0(%esi), %eax
        movl %eax, b_esp
        subl $12, %eax                  # the CPU's frame of int $0x40 from ring 0: EIP, CS, EFLAGS
        movl %eax, frame_ip_slot
        movl 16(%esi), %eax
        movl %eax, b_eflags
        movl 20(%esi), %eax             # GPR seed: each register gets seed ^ its own constant
        movl %eax, %edx
        xorl $0x0EAA0000, %edx
        movl %edx, b_eax
        movl %eax, %edx
        xorl $0x0EBB0000, %edx
        movl %edx, b_ebx
        movl %eax, %edx
        xorl $0x0ECC0000, %edx
        movl %edx, b_ecx
        movl %eax, %edx
        xorl $0x0EDD0000, %edx
        movl %edx, b_edx
        movl %eax, %edx
        xorl $0x05100000, %edx
        movl %edx, b_esi
        movl %eax, %edx
        xorl $0x0D100000, %edx
        movl %edx, b_edi
        movl %eax, %edx
        xorl $0x0BB00000, %edx
        movl %edx, b_ebp
        # FP state: the full x87 stack or eight MMX registers, FCW, MXCSR, xmm0-7.
        fninit
        fldcw 8(%esi)
        cmpl $1, 4(%esi)
        je 3f
        fldt x87_values + 0
        fldt x87_values + 16
        fldt x87_values + 32
        fldt x87_values + 48
        fldt x87_values + 64
        fldt x87_values + 80
        fldt x87_values + 96
        fldt x87_values + 112
        jmp 4f
3:      movq mmx_values + 0, %mm0
        movq mmx_values + 8, %mm1
        movq mmx_values + 16, %mm2
        movq mmx_values + 24, %mm3
        movq mmx_values + 32, %mm4
        movq mmx_values + 40, %mm5
        movq mmx_values + 48, %mm6
        movq mmx_values + 56, %mm7
4:      ldmxcsr 12(%esi)
        movups xmm_values + 0, %xmm0
        movups xmm_values + 16, %xmm1
        movups xmm_values + 32, %xmm2
        movups xmm_values + 48, %xmm3
        movups xmm_values + 64, %xmm4
        movups xmm_values + 80, %xmm5
        movups xmm_values + 96, %xmm6
        movups xmm_values + 112, %xmm7
        # With AVX the upper halves of ymm0-7 get patterns too: a vzeroupper or a VEX-encoded
        # 128-bit write in the handler clears them, which FXSAVE cannot see.
        cmpl $0, have_avx
        je 22f
        .irp n, 0, 1, 2, 3, 4, 5, 6, 7
        vinsertf128 $1, ymm_values + 16 * \n, %ymm\n, %ymm\n
        .endr
22:     save_ymm_high ymm_before
        fxsave fx_before
        # The CR0.TS=1 scenario: the first FP instruction in the handler raises #NM.
        cmpl $0, 24(%esi)
        je 21f
        movl %cr0, %eax
        orl $8, %eax
        movl %eax, %cr0
21:
@@ARM@@
        call watchdog_arm
        cmpl $0, 28(%esi)
        jne ring3_entry
        # The interrupted code's data segments are the alias 0x48, so that a handler that loads the
        # kernel's 0x10 and keeps it is seen.
        movw $0x48, %ax
        movw %ax, %ds
        movw %ax, %es
        movw %ax, %fs
        movw %ax, %gs
        movw %ax, %ss
        # From here the machine is the interrupted code's: only memory operands, no registers.
        movl b_esp, %esp
        pushl b_eflags
        popfl
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
        movw $0x10, %ax
        movw %ax, %ds
        movw %ax, %es
        movl %esp, a_esp
        pushfl
        popl a_eflags
        read_landing iretlab_trigger
        clts
        fxsave fx_after
        save_ymm_high ymm_after
        jmp report

# The ring-3 scenario: the interrupted code runs in ring 3 on the user stack b_esp; the CPU takes
# the handler's frame (with the ESP and SS words) onto TSS.ESP0, which carries the misalignment.
ring3_entry:
        movl b_esp, %eax
        subl $4096, %eax
        movl %eax, tss + 4
        subl $20, %eax                  # the CPU's frame from ring 3: EIP, CS, EFLAGS, ESP, SS
        movl %eax, frame_ip_slot
        movl $(iretlab_trigger3_end - iretlab_trigger3), trigger_length
        pushl $0x23
        pushl b_esp
        pushl b_eflags
        pushl $0x1B
        pushl $ring3_trigger
        load_gprs
        iretl
ring3_trigger:
        movw %ss:user_data_selector, %ds
        movw %ss:user_data_selector, %es
        save_segments b
iretlab_trigger3:
@@TRIGGER3@@
iretlab_trigger3_end:
@@IP_SKIP@@
ring3_after:
        save_gprs
        save_segments a
        movw %ss:user_data_selector, %ds
        movw %ss:user_data_selector, %es
        movl %esp, a_esp
        pushfl
        popl a_eflags
        read_landing iretlab_trigger3
        fxsave fx_after
        save_ymm_high ymm_after
        int $0x41
ring3_return:
        jmp report

# IRQ0 (PIT): in "fault" mode, the first instruction boundary after the handler's iret.
irq0:
        save_gprs
        save_segments a
        # From ring 3 the CPU switched SS: the interrupted one is in the frame.
        testl $3, 4(%esp)
        jz 25f
        movl 16(%esp), %eax
        movw %ax, %ss:a_ss
25:     movw $0x10, %ax
        movw %ax, %ds
        movw %ax, %es
        # Not entered yet if the CPU's error code slot below the interrupted SP still holds the
        # guard: the timer beat the first fault. Let the load run and come back later.
        cmpl $GUARD, -4(%esp)
        jne 5f
        movb $0x20, %al
        outb %al, $0x20
        call pit_arm
        # The call's return address landed in that very slot: put the guard back, or a second early
        # IRQ0 (a busy host) would take it for an error code and end a scenario that never ran.
        movl $GUARD, -4(%esp)
        movw %ss:a_ds, %ds
        movw %ss:a_es, %es
        movl a_eax, %eax
        iretl
5:      movl -4(%esp), %eax
        movl %eax, error_code_slot_mark
        # Where the handler's iret went, against the faulting instruction: 0 when it retries it, its
        # length when the handler skipped it (frame->ip += n), anything else when it missed.
        movl (%esp), %eax
        movl $iretlab_trigger, %edx
        testl $3, 4(%esp)
        jz 24f
        movl $iretlab_trigger3, %edx
24:     subl %edx, %eax
        movl %eax, ip_advanced
        movl 8(%esp), %eax
        movl %eax, a_eflags
        leal 12(%esp), %eax
        testl $3, 4(%esp)
        jz 22f
        movl 12(%esp), %eax             # from ring 3: the frame holds the interrupted ESP
22:     movl %eax, a_esp
        clts
        fxsave fx_after
        save_ymm_high ymm_after
        movb $0x20, %al
        outb %al, $0x20
        movb $0xFF, %al
        outb %al, $0x21                 # mask IRQ0 again
        jmp report

# --- reporting ------------------------------------------------------------------------------
report:
        movl harness_esp, %esp
        movw $0x10, %ax
        movw %ax, %ds
        movw %ax, %es
        movw %ax, %fs
        movw %ax, %gs
        movw %ax, %ss
        cld
        call watchdog_off
        movl $msg_before, %esi
        call puts
        movl $b_eax, %esi
        movl $14, %ecx
        call put_words
        movl $msg_after, %esi
        call puts
        movl $a_eax, %esi
        movl $14, %ecx
        call put_words
        movl $msg_fxb, %esi
        call puts
        movl $fx_before, %esi
        movl $288, %ecx
        call put_bytes
        movl $msg_fxa, %esi
        call puts
        movl $fx_after, %esi
        movl $288, %ecx
        call put_bytes
        cmpl $0, have_avx
        je 23f
        movl $msg_yb, %esi
        call puts
        movl $ymm_before, %esi
        movl $128, %ecx
        call put_bytes
        movl $msg_ya, %esi
        call puts
        movl $ymm_after, %esi
        movl $128, %ecx
        call put_bytes
23:     movl $msg_ec, %esi
        call puts
        movl error_code_slot_mark, %eax
        call put_hex
        call put_nl
        call row_entry
        cmpl $0, 4(%edx)
        je 82f
        movl $msg_probe, %esi
        call puts
        call row_entry
        movl 4(%edx), %eax
        movl (%eax), %eax
        call put_hex
        call put_nl
82:
        call report_ip
        call report_calls
        call report_stack
        jmp end_scenario

# Where the handler's iret went ("I bytes-past-the-trigger trigger-length landing-pads").
report_ip:
        movl $msg_ip, %esi
        call puts
        movl ip_advanced, %eax
        call put_hex
        call put_sp
        movl trigger_length, %eax
        call put_hex
        call put_sp
        movl $LANDING_PADS, %eax
        call put_hex
        jmp put_nl

# A fault strictly inside the instruction that entered the handler, or inside what follows it up to the code that
# saves the state (the spin after a faulting load, whose second byte is FE): nothing jumps there, only the
# handler's iret to a frame IP it moved gets there. Where, as bytes past that instruction's start, into
# ip_advanced (the ring-0 trigger, then the ring-3 one).
fault_landing:
        movl f_eip, %eax
        subl $iretlab_trigger, %eax
        movl $(iretlab_after_trigger - iretlab_trigger), %ecx
        call 1f
        movl f_eip, %eax
        subl $iretlab_trigger3, %eax
        movl $(ring3_after - iretlab_trigger3), %ecx
1:      testl %eax, %eax
        jz 2f
        cmpl %ecx, %eax
        jae 2f
        movl %eax, ip_advanced
2:      ret

end_scenario:
        fninit
        ldmxcsr mxcsr_default
        movl $msg_end, %esi
        call puts
        movl current, %eax
        call put_hex
        call put_nl
        incl current
        jmp next_scenario

# Calls the handler made to stand-ins: ESP and EFLAGS at entry, first argument, return address;
# then its in-module callees' entries: ESP at entry, return address, the callee.
report_calls:
        movl $msg_calls, %esi
        call puts
        movl call_count, %eax
        call put_hex
        call put_nl
        xorl %ebx, %ebx
6:      cmpl call_count, %ebx
        jae 7f
        cmpl $8, %ebx
        jae 7f
        movl $msg_call, %esi
        call puts
        movl %ebx, %esi
        shll $4, %esi
        addl $call_log, %esi
        movl $4, %ecx
        call put_words
        incl %ebx
        jmp 6b
7:      xorl %ebx, %ebx
71:     cmpl entry_count, %ebx
        jae 72f
        cmpl $8, %ebx
        jae 72f
        movl $msg_entry, %esi
        call puts
        movl %ebx, %esi
        shll $4, %esi
        addl $entry_log, %esi
        movl $3, %ecx
        call put_words
        incl %ebx
        jmp 71b
72:     ret

# The row's handler (edx = its entry in row_handlers, from current; eax too): its address, its
# error-code probe (0: none), its in-module callees' groups of breakpoints and their rows, and the
# scenario's own index.
row_entry:
        movl current, %edx
        imull $20, %edx, %edx
        addl $row_handlers, %edx
        movl %edx, %eax
        ret

# In-module callees (functions of the handler's object it calls, run for real): execution
# breakpoints at up to four entries per scenario, a row of DR0-DR3 and DR7 chosen by the scenario's
# own index when there are more. Each hit is logged by db_break. A handler without any clears DR7:
# the previous handler's breakpoints must not fire in its code.
callee_breakpoints:
        movl $0xFFFF0FF0, %eax
        movl %eax, %dr6
        call row_entry
        movl 8(%edx), %ecx
        testl %ecx, %ecx
        jnz 74f
        movl %ecx, %dr7
        ret
74:     pushl %esi
        movl 12(%edx), %esi
        movl 16(%edx), %eax
        xorl %edx, %edx
        divl %ecx
        imull $20, %edx, %edx
        addl %esi, %edx
        popl %esi
        movl 0(%edx), %eax
        movl %eax, %dr0
        movl 4(%edx), %eax
        movl %eax, %dr1
        movl 8(%edx), %eax
        movl %eax, %dr2
        movl 12(%edx), %eax
        movl %eax, %dr3
        movl 16(%edx), %eax
        movl %eax, %dr7
        ret

# #DB on the handler's stack, (%esp) EIP, 4 CS, 8 EFLAGS: an in-module callee's breakpoint logs ESP
# at its entry (below it the frame lands where nothing is live yet), its return address and
# address, and resumes it with RF set so that the breakpoint does not fire again. Any other #DB
# is a fault like the rest.
db_break:
        pushl %eax
        pushl %ecx
        movl %dr6, %eax
        testl $0xF, %eax
        jz 75f
        movl $0xFFFF0FF0, %eax
        movl %eax, %dr6
        movl %ss:entry_count, %eax
        cmpl $8, %eax
        jae 74f
        shll $4, %eax
        leal 20(%esp), %ecx
        movl %ecx, %ss:entry_log(%eax)
        movl 20(%esp), %ecx
        movl %ecx, %ss:entry_log + 4(%eax)
        movl 8(%esp), %ecx
        movl %ecx, %ss:entry_log + 8(%eax)
74:     incl %ss:entry_count
        orl $0x10000, 16(%esp)
        popl %ecx
        popl %eax
        iretl
75:     popl %ecx
        popl %eax
        pushl $0
        pushl $1
        jmp fault_common

# Words of the interrupted stack (above the CPU frame) that are no longer the guard.
report_stack:
        movl b_esp, %esi
9:      cmpl $scen_stack_top, %esi
        jae 10f
        cmpl $GUARD, (%esi)
        je 11f
        pushl %esi
        movl $msg_mem, %esi
        call puts
        movl (%esp), %eax
        call put_hex
        call put_sp
        movl (%esp), %esi
        movl (%esi), %eax
        call put_hex
        call put_nl
        popl %esi
11:     addl $4, %esi
        jmp 9b
10:     ret

# Faults: vector, error code (0 when the vector has none), EIP, ESP at the fault.
fault_common:
        clts
        movl %eax, f_eax
        movl (%esp), %eax
        movl %eax, f_vector
        movl 4(%esp), %eax
        movl %eax, f_code
        movl 8(%esp), %eax
        movl %eax, f_eip
        leal 20(%esp), %eax
        movl %eax, f_esp
fault_report:
        movl harness_esp, %esp
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
        movl $msg_fault, %esi
        call puts
        movl $f_vector, %esi            # f_vector, f_code, f_eip, f_esp
        movl $4, %ecx
        call put_words
        call fault_landing
        cmpl $0, ip_advanced
        je 3f
        call report_ip
3:      call report_calls
        jmp end_scenario

@@FAULT_STUBS@@

# --- the watchdog: a scenario whose handler does not return ----------------------------------
# The local APIC's timer raises an NMI after WATCH_FIRST, then every WATCH_PERIOD, while a scenario runs (QEMU honours the NMI
# delivery mode in the timer's LVT, and an NMI reaches a handler that runs with IF=0, spinning or
# halted). The first WATCH_LIMIT - 1 NMIs return at once: a hlt ends there (execution goes on after
# a hlt at the next interrupt, as on a machine), and a slow scenario loses nothing. At the last one
# the scenario is given up: where the CPU was (after a hlt, or in a loop) is reported ("H EIP ESP")
# and the next scenario starts in the same boot. Its iret (to nmi_give_up) ends the NMI's blocking
# of further NMIs. Until then nothing here changes a register, or uses a segment but SS.
watchdog_init:
        cmpl $0, have_apic
        je 1f
        movl $0x1FF, APIC + 0xF0        # APIC software-enabled, spurious vector 0xFF
        movl $0xB, APIC + 0x3E0         # divide by 1
        movl $0x400, APIC + 0x320       # timer: one shot, NMI
1:      ret

watchdog_arm:
        movl $0, watch_fired
        movl $1, watch_active
        cmpl $0, have_apic
        je 1f
        movl $WATCH_FIRST, APIC + 0x380
1:      ret

watchdog_off:
        movl $0, watch_active
        cmpl $0, have_apic
        je 1f
        movl $0, APIC + 0x380
1:      ret

nmi_watchdog:
        cmpl $0, %ss:watch_active
        je 1f
        incl %ss:watch_fired
        cmpl $WATCH_LIMIT, %ss:watch_fired
        jae 2f
        movl $WATCH_PERIOD, %ss:APIC + 0x380
1:      iretl
2:      movl $0, %ss:watch_active
        pushl %eax
        movl 4(%esp), %eax
        movl %eax, %ss:h_eip
        leal 16(%esp), %eax             # from ring 0: ESP before the NMI's frame
        testl $3, 8(%esp)
        jz 3f
        movl 16(%esp), %eax             # from ring 3: the frame holds it
3:      movl %eax, %ss:h_esp
        popl %eax
        movl $nmi_give_up, (%esp)
        movl $0x08, 4(%esp)
        movl $0x2, 8(%esp)
        iretl
nmi_give_up:
        movl $msg_hang, %esi
        jmp stop_report

# A stand-in for a function that does not return (a call to it ends its block: nothing follows it,
# or ud2): the scenario ends there, as it would on a machine. Reported as "N STANDIN RETURN-ADDRESS".
noreturn_called:
        movl $msg_noreturn, %esi
        jmp stop_report

# A scenario that ended without the handler's iret: ESI the report's tag, h_eip and h_esp its words.
stop_report:
        movw $0x10, %ax
        movw %ax, %ss
        movl %ss:harness_esp, %esp
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
        movl $h_eip, %esi
        movl $2, %ecx
        call put_words
        call report_calls
        jmp end_scenario

# #UD at an AVX-512 instruction of the handler (QEMU has none) is skipped, as if the instruction did
# nothing, so that what comes after it (calls, and the locals passed to them) still runs; any other
# #UD is a fault like the rest. The flags it changes are the iret's to restore.
fault_6:
        pushl %eax
        pushl %ecx
        movl $avx512_skips, %ecx
41:     movl (%ecx), %eax
        testl %eax, %eax
        jz 42f
        cmpl %eax, 8(%esp)
        je 43f
        addl $8, %ecx
        jmp 41b
43:     movl 4(%ecx), %eax
        addl %eax, 8(%esp)
        popl %ecx
        popl %eax
        iretl
42:     popl %ecx
        popl %eax
        pushl $0
        pushl $6
        jmp fault_common

# #DF, as its own task: the CPU saved the broken context into the main TSS (its EIP and ESP are
# the report). Both TSSes are made available again and the main one current for the next scenario;
# the #DF TSS was never saved into, so it starts afresh next time.
df_task:
        clts
        pushfl
        andl $~0x4000, (%esp)           # NT: no iret of the harness may return into the broken task
        popfl
        movl $8, f_vector
        popl f_code
        movl tss + 32, %eax
        movl %eax, f_eip
        movl tss + 56, %eax
        movl %eax, f_esp
        andb $~2, gdt + 0x35
        andb $~2, gdt + 0x45
        movw $0x30, %ax
        ltr %ax
        jmp fault_report

# A 32-bit TSS descriptor (limit 103, available) for the TSS at EAX, at GDT offset EDI.
tss_descriptor:
        movw $103, gdt(%edi)
        movw %ax, gdt + 2(%edi)
        shrl $16, %eax
        movb %al, gdt + 4(%edi)
        movb $0x89, gdt + 5(%edi)
        movb $0, gdt + 6(%edi)
        movb %ah, gdt + 7(%edi)
        ret

# --- stand-ins for the functions the handler calls: the callee's ABI and nothing more ---------
standin_entry:
        # Called first by every stand-in, so ESP here is the stand-in's entry ESP minus 4.
        pushfl
        popl standin_flags
        movl call_count, %eax
        cmpl $8, %eax
        jae 12f
        shll $4, %eax
        leal 4(%esp), %ecx
        movl %ecx, call_log(%eax)
        movl standin_flags, %ecx
        movl %ecx, call_log + 4(%eax)
        movl 8(%esp), %ecx
        movl %ecx, call_log + 8(%eax)
        movl 4(%esp), %ecx
        movl %ecx, call_log + 12(%eax)
12:     incl call_count
        # The stand-in called this from its first instruction, a 5-byte call: it starts 5 bytes before
        # where this returns to.
        movl (%esp), %eax
        subl $5, %eax
        movl $noreturn_standins, %ecx
13:     cmpl $0, (%ecx)
        je 14f
        cmpl %eax, (%ecx)
        je 15f
        addl $4, %ecx
        jmp 13b
14:     ret
15:     movl %eax, h_eip
        movl 4(%esp), %eax
        movl %eax, h_esp
        jmp noreturn_called

standin_clobber:
        # The caller-saved GPRs the i386 SysV ABI lets a callee change besides eax (its result).
        movl $0xDEAD0C0C, %ecx
        movl $0xDEAD0D0D, %edx
        ret

standin_clobber_x87:
        # A callee that may use x87 or MMX: the MMX registers and x87 stack (empty at a call), the
        # FSW status flags.
        movq junk_values, %mm0
        movq junk_values, %mm1
        movq junk_values, %mm2
        movq junk_values, %mm3
        movq junk_values, %mm4
        movq junk_values, %mm5
        movq junk_values, %mm6
        movq junk_values, %mm7
        emms
        fnstcw standin_fcw
        fninit
        fldcw standin_fcw               # FCW is callee-saved
        fld1
        fldpi
        faddp
        fstp %st(0)
        ret

standin_clobber_sse:
        # A callee built with SSE: xmm0-7 and the MXCSR status flags (its control bits are callee-saved).
        movups junk_values, %xmm0
        movups junk_values, %xmm1
        movups junk_values, %xmm2
        movups junk_values, %xmm3
        movups junk_values, %xmm4
        movups junk_values, %xmm5
        movups junk_values, %xmm6
        movups junk_values, %xmm7
        stmxcsr standin_mxcsr
        orl $0x3F, standin_mxcsr
        ldmxcsr standin_mxcsr
        ret

# A callee built with AVX owns all of ymm0-7, upper halves included.
standin_clobber_avx:
        .irp n, 0, 1, 2, 3, 4, 5, 6, 7
        vmovups junk_values, %ymm\n
        .endr
        ret

@@STANDINS@@

# --- set-up --------------------------------------------------------------------------------
build_idt:
        movl $idt_entries, %esi
13:     movl (%esi), %ecx
        cmpl $-1, %ecx
        je 14f
        movl 4(%esi), %eax
        leal idt(,%ecx,8), %edi
        movw %ax, (%edi)
        movw $0x08, 2(%edi)
        movw $0x8E00, 4(%edi)
        shrl $16, %eax
        movw %ax, 6(%edi)
        addl $8, %esi
        jmp 13b
14:     ret

# A character of the report: AL appended to out_buffer, the RAM Qemu.java reads after the boot (a
# write to QEMU's debug console was a host system call per character: half of a boot's time). Touches
# the flags and nothing else; through SS, as DS may be null. A full buffer drops the rest: the
# scenarios it held are run again in the next boot.
        .macro out_char
        pushl %edi
        movl %ss:out_ptr, %edi
        cmpl $out_end, %edi
        jae .Lout_full\@
        movb %al, %ss:(%edi)
        incl %edi
        movl %edi, %ss:out_ptr
.Lout_full\@:
        popl %edi
        .endm

# The PICs, the PIT and strings: harness_io.s, the same for both harnesses. Java
# writes it beside the rendered harness and puts its absolute path here (the embedded assembler
# would look for a relative one in iretlab's own working folder).
        .include "@@PORT_IO@@"

# --- printing numbers ----------------------------------------------------------------------------
put_hex:
        pushl %ecx
        pushl %edx
        movl %eax, %edx
        movl $8, %ecx
16:     roll $4, %edx
        movl %edx, %eax
        andl $15, %eax
        movb hex_digits(%eax), %al
        out_char
        loop 16b
        popl %edx
        popl %ecx
        ret

# ECX words from ESI, each followed by a space, then a newline.
put_words:
17:     lodsl
        call put_hex
        call put_sp
        loop 17b
        call put_nl
        ret

# esi: bytes, ecx: count, as two hex digits each.
put_bytes:
        lodsb
        movzbl %al, %eax
        movl %eax, %edx
        shrl $4, %eax
        movb hex_digits(%eax), %al
        out_char
        movl %edx, %eax
        andl $15, %eax
        movb hex_digits(%eax), %al
        out_char
        loop put_bytes
        call put_nl
        ret

# --- data -----------------------------------------------------------------------------------
        .data
# Variables added to the harness go here, in .data, never into .bss: .bss starts on a page and the
# stacks' offsets in it decide their alignment beyond 16 bytes, which the scenarios do not set and
# which a 32-byte vmovaps meets (a variable added above them moved the stacks by 16 and flipped
# verdicts). Where a stand-in that changes nothing keeps the two registers its log uses:
standin_keep:   .long 0, 0
# Where the next character of the report goes (out_char); out_buffer and out_end: the linker script's.
out_ptr:        .long out_buffer
        .p2align 3
gdt:
        .quad 0
        .quad 0x00CF9A000000FFFF        # 0x08 ring-0 code
        .quad 0x00CF92000000FFFF        # 0x10 ring-0 data
        .quad 0x00CFFA000000FFFF        # 0x18 ring-3 code
        .quad 0x00CFF2000000FFFF        # 0x20 ring-3 data
        .quad 0x00CF12000000FFFF        # 0x28 data, not present: loading it raises #NP(0x28)
        .quad 0                         # 0x30 the TSS, filled in at boot
        .quad 0x00CF72000000FFFF        # 0x38 ring-3 data, not present: #NP(0x38) from ring 3
        .quad 0                         # 0x40 the #DF task's TSS, filled in at boot
        .quad 0x00CF92000000FFFF        # 0x48 ring-0 data, the interrupted code's alias of 0x10
gdt_end:
gdt_desc:
        .word gdt_end - gdt - 1
        .long gdt
idt_desc:
        .word 256 * 8 - 1
        .long idt
np_selector:
        .word NP_SELECTOR
np3_selector:
        .word 0x3B
user_data_selector:
        .word 0x23
        .p2align 2
mxcsr_default:
        .long 0x1F80
# Where the CPU put the IP of the handler's frame in this scenario (read_landing reads the landing there).
frame_ip_slot:  .long 0
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
msg_ec:         .asciz "EC "
msg_calls:      .asciz "C "
msg_call:       .asciz "c "
msg_entry:      .asciz "k "
msg_mem:        .asciz "M "
msg_fault:      .asciz "F "
msg_end:        .asciz "E "
msg_probe:      .asciz "P "
msg_ip:         .asciz "I "
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
        .long 0x0BADF00D, 0x0BADF00D, 0x0BADF00D, 0x0BADF00D
        .long 0x0BADF00D, 0x0BADF00D, 0x0BADF00D, 0x0BADF00D

        .p2align 2
scenarios:
@@SCENARIO_ROWS@@
row_handlers:
@@ROW_HANDLERS@@
@@CALLEE_ROWS@@
idt_entries:
@@IDT_ENTRIES@@
        .long -1

        .bss
        .p2align 12
page_directory: .space 4096
df_tss:         .space 104
        .p2align 4
df_stack:       .space 1024
df_stack_top:
fx_before:      .space 512
fx_after:       .space 512
ymm_before:     .space 128
ymm_after:      .space 128
have_avx:       .long 0
have_apic:      .long 0
watch_active:   .long 0
watch_fired:    .long 0
h_eip:          .long 0
h_esp:          .long 0
idt:            .space 256 * 8
tss:            .space 104
        .p2align 2
current:        .long 0
harness_esp:    .long 0
b_eax:          .long 0
b_ebx:          .long 0
b_ecx:          .long 0
b_edx:          .long 0
b_esi:          .long 0
b_edi:          .long 0
b_ebp:          .long 0
b_esp:          .long 0
b_eflags:       .long 0
b_ds:           .long 0
b_es:           .long 0
b_fs:           .long 0
b_gs:           .long 0
b_ss:           .long 0
a_eax:          .long 0
a_ebx:          .long 0
a_ecx:          .long 0
a_edx:          .long 0
a_esi:          .long 0
a_edi:          .long 0
a_ebp:          .long 0
a_esp:          .long 0
a_eflags:       .long 0
a_ds:           .long 0
a_es:           .long 0
a_fs:           .long 0
a_gs:           .long 0
a_ss:           .long 0
f_eax:          .long 0
f_vector:       .long 0
f_code:         .long 0
f_eip:          .long 0
f_esp:          .long 0
error_code_slot_mark: .long 0
call_count:     .long 0
ip_advanced:    .long 0
trigger_length: .long 0
call_log:       .space 8 * 16
entry_count:    .long 0
entry_log:      .space 8 * 16
standin_flags:  .long 0
standin_fcw:    .long 0
standin_mxcsr:  .long 0
        .p2align 6                      # the scenarios' misalignments are below a 64-aligned top
scen_stack:     .space STACK_BYTES
scen_stack_top:
        .space 4096
boot_stack_top:
