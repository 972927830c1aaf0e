package org.iretlab.oracle;

import java.util.List;

/**
 * Stand-ins for what a handler calls but does not define: loggers, schedulers, libcalls LLVM
 * introduces. Each logs the call (ESP and EFLAGS at entry, first argument, return address), then
 * clobbers everything the callee's ABI allows, then computes the documented result where one is
 * known (memcpy, memmove, memset) and returns junk in EAX otherwise.
 */
final class StandIns {
    private StandIns() {}

    /** @param sse the callee is built with SSE, as the handler is: it may change xmm0-7 and MXCSR status */
    static String render32(List<String> names, boolean sse) {
        StringBuilder b = new StringBuilder();
        for (String name : names) {
            b.append("        .globl ").append(name).append('\n').append(name).append(":\n")
                    .append("        call standin_entry\n        call standin_clobber\n")
                    .append(sse ? "        call standin_clobber_sse\n" : "").append(body32(name))
                    .append("        ret\n");
        }
        return b.toString();
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
