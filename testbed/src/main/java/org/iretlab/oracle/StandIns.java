package org.iretlab.oracle;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.iretlab.analysis.CalleeFacts;
import org.iretlab.analysis.RegisterUse;
import org.iretlab.analysis.RuntimeHelper;
import org.iretlab.analysis.TargetFacts;

/**
 * Stand-ins for what a handler calls but does not define: loggers, schedulers, libcalls LLVM
 * introduces. Each logs the call (ESP and EFLAGS at entry, first argument, return address), then
 * clobbers everything its callee may change, then computes the documented result where one is
 * known (memcpy, memmove, memset) and returns junk in EAX otherwise. What a callee may change is
 * what the analyser assumes of it ({@link CalleeFacts#modelled}): a no_caller_saved_registers
 * callee changes nothing, a general-regs-only, soft-float or {@code -sse} one only the GPRs the ABI
 * gives it, an ABI one the x87/MMX state and the vector registers of the handler's units too.
 * The target's runtime helpers return as they do there ({@link CalleeFacts#runtimeHelper}): a
 * 32-bit Windows stack probe allocates EAX bytes of stack, any other probe keeps every register (AX
 * included, which the handler then subtracts from SP) but the few its ABI gives it, MSVC's i64
 * helpers pop their arguments.
 */
final class StandIns {
    /**
     * A 32-bit Windows stack probe ({@link RuntimeHelper}): it returns with ESP lowered by EAX below
     * where the call found it, the return address moved to the new top; ECX is kept in memory, EAX
     * is the probe's to change (LLVM's call defines it), nothing else is touched.
     */
    private static final String ALLOCATE_EAX = """
                    movl %ecx, standin_keep
                    popl %ecx
                    subl %eax, %esp
                    pushl %ecx
                    movl standin_keep, %ecx
                    movl $0xDEAD0A0A, %eax
                    ret
            """;

    private StandIns() {}

    /**
     * @param prefix put before each name: the name its handler's object was linked under
     * @param vectors the callee is built with the handler's vector units: with SSE it may change the xmm
     *        registers and MXCSR status, with AVX the ymm registers' upper halves too
     * @param callees what the user and the IR say of each callee
     */
    static String render(Mode mode, String prefix, List<String> names, Set<TargetFacts.RegisterFile> vectors, CalleeFacts callees) {
        StringBuilder b = new StringBuilder();
        for (String name : names) {
            RegisterUse use = callees.modelled(name);
            Optional<RuntimeHelper> helper = callees.runtimeHelper(name);
            // Typed as a function, so that the linked kernel's symbol table says where each callee landed.
            String symbol = symbol(prefix + name);
            b.append("        .globl ").append(symbol).append("\n        .type ").append(symbol).append(", @function\n")
                    .append(symbol).append(":\n");
            String ret = "        ret" + helper.filter(h -> h.popped() != 0).map(h -> " $" + h.popped()).orElse("") + "\n";
            if (helper.filter(RuntimeHelper::allocatesEax).isPresent()) {
                b.append(logKeepingEverything(mode)).append(ALLOCATE_EAX);
                continue;
            }
            if (helper.filter(RuntimeHelper::probe).isPresent()) {
                b.append(logKeepingEverything(mode)).append(junk(helper.get().changes())).append(ret);
                continue;
            }
            if (!use.gprs()) {
                b.append(logKeepingEverything(mode)).append(ret);
                continue;
            }
            b.append("        call standin_entry\n        call standin_clobber\n")
                    .append(use.x87() ? "        call standin_clobber_x87\n" : "")
                    .append(use.vectors() && vectors.contains(TargetFacts.RegisterFile.SSE) ? "        call standin_clobber_sse\n" : "")
                    .append(use.vectors() && vectors.contains(TargetFacts.RegisterFile.AVX) ? "        call standin_clobber_avx\n" : "")
                    .append(mode == Mode.BITS64 ? body64(name) : body32(name))
                    .append(ret);
        }
        return b.toString();
    }

    /**
     * The callee's name as the assembler takes it: quoted unless it is a plain identifier (a Windows
     * target's probe-stack=inline-asm is a call to a function named {@code inline-asm}).
     */
    static String symbol(String name) {
        return name.matches("[A-Za-z_.$][A-Za-z0-9_.$]*") ? name : "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * A callee that changes nothing: standin_entry's log uses the accumulator and the counter
     * register, kept in memory around it (a push would move the SP it logs).
     */
    private static String logKeepingEverything(Mode mode) {
        return mode == Mode.BITS64 ? """
                        movq %rax, standin_keep(%rip)
                        movq %rcx, standin_keep+8(%rip)
                        call standin_entry
                        movq standin_keep(%rip), %rax
                        movq standin_keep+8(%rip), %rcx
                """ : """
                        movl %eax, standin_keep
                        movl %ecx, standin_keep+4
                        call standin_entry
                        movl standin_keep, %eax
                        movl standin_keep+4, %ecx
                """;
    }

    /** Junk in each of these 64-bit GPRs (a probe's own: MSVC's x64 __chkstk may change R10 and R11). */
    private static String junk(Set<String> gprs) {
        StringBuilder b = new StringBuilder();
        gprs.stream().sorted().forEach(r -> b.append("        movabsq $0xDEAD0B0BDEAD0B0B, %").append(r).append('\n'));
        return b.toString();
    }

    /** x86-64 SysV: arguments in rdi, rsi, rdx; rax, rcx, rdx, rsi, rdi, r8-r11 are the callee's to change. */
    private static String body64(String name) {
        return switch (name) {
            case "memcpy", "memmove" -> """
                    movq %rdi, %rax
                    movq %rdx, %rcx
                    cld
                    cmpq %rsi, %rdi
                    jbe 1f
                    leaq -1(%rsi,%rcx), %rsi
                    leaq -1(%rdi,%rcx), %rdi
                    std
            1:      rep movsb
                    cld
                    movabsq $0xDEAD0808DEAD0808, %r8
                    movabsq $0xDEAD0909DEAD0909, %r9
            """;
            case "memset" -> """
                    movq %rdi, %r9
                    movl %esi, %eax
                    movq %rdx, %rcx
                    cld
                    rep stosb
                    movq %r9, %rax
                    movabsq $0xDEAD0808DEAD0808, %r8
            """;
            default -> """
                    movabsq $0xDEAD0C0CDEAD0C0C, %rcx
                    movabsq $0xDEAD0D0DDEAD0D0D, %rdx
                    movabsq $0xDEAD0505DEAD0505, %rsi
                    movabsq $0xDEAD0707DEAD0707, %rdi
                    movabsq $0xDEAD0808DEAD0808, %r8
                    movabsq $0xDEAD0909DEAD0909, %r9
                    movabsq $0xDEAD0A0ADEAD0A0A, %rax
            """;
        };
    }

    private static String body32(String name) {
        return switch (name) {
            case "memcpy", "memmove" -> """
                    pushl %esi
                    pushl %edi
                    movl 12(%esp), %edi
                    movl 16(%esp), %esi
                    movl 20(%esp), %ecx
                    movl %edi, %eax
                    cld
                    cmpl %esi, %edi
                    jbe 1f
                    leal -1(%esi,%ecx), %esi
                    leal -1(%edi,%ecx), %edi
                    std
            1:      rep movsb
                    cld
                    popl %edi
                    popl %esi
            """;
            case "memset" -> """
                    pushl %edi
                    movl 8(%esp), %edi
                    movl 12(%esp), %eax
                    movl 16(%esp), %ecx
                    cld
                    rep stosb
                    movl 8(%esp), %eax
                    popl %edi
            """;
            default -> "        movl $0xDEAD0A0A, %eax\n";
        };
    }
}
