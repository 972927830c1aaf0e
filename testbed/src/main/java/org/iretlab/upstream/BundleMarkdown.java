package org.iretlab.upstream;

import java.util.List;
import org.iretlab.common.InertText;

/** A bug report as the Markdown body of an LLVM or Rust issue; every text from input goes through {@link InertText}. */
public final class BundleMarkdown {
    static final String NO_GCC = "The corpus has no GCC reference for this handler.";
    /** Said instead of the case's words when a plain file has none. */
    static final String NO_CORRECT = "Not stated: the file has no case header, whose `correct:` line says it.";
    static final String HEADER_HEADING = "### What a case header would add";

    private BundleMarkdown() {}

    public static String render(ReportBundle r) {
        StringBuilder b = new StringBuilder();
        b.append("## ").append(InertText.markdown(r.title())).append("\n\n");
        if (!r.upstream().isEmpty()) {
            b.append("Related: ").append(InertText.markdown(String.join(", ", r.upstream()))).append("\n\n");
        }
        section(b, BundlePart.SUMMARY).append(r.summary()).append("\n\n");
        section(b, BundlePart.IR);
        fence(b, "llvm", List.of(r.ir().stripTrailing().split("\n")));
        section(b, BundlePart.COMMANDS).append("Save the IR as `").append(BugReport.IR_FILE).append("`, then:\n\n");
        fence(b, "sh", r.commands());
        section(b, BundlePart.ASSEMBLY).append(InertText.markdown(r.buggy())).append(", the instructions iretlab's static analyser flags marked `")
                .append(MarkedAssembly.MARK.strip()).append("`:\n\n");
        fence(b, "asm", r.markedAsm());
        if (!r.otherFindings().isEmpty()) {
            b.append("Other findings in the same code (not this report's subject):\n\n");
            r.otherFindings().forEach(f -> b.append("- ").append(InertText.markdown(f)).append('\n'));
            b.append('\n');
        }
        section(b, BundlePart.TABLE).append(r.table())
                .append("**Bold**: a kind this report is about. †: differs from what the case expects for that LLVM version. "
                        + "Each cell is iretlab's static verdict on that LLVM's code.\n\n");
        section(b, BundlePart.ORACLE).append("The handler, as ").append(InertText.markdown(r.buggy()))
                .append(" compiled it, linked into a small kernel and interrupted under QEMU once per scenario: ")
                .append(InertText.markdown(r.oracleNote())).append("\n\n");
        r.oracle().forEach(o -> b.append("- ").append(InertText.markdown(o)).append('\n'));
        if (!r.oracle().isEmpty()) {
            b.append('\n');
        }
        section(b, BundlePart.CORRECT);
        if (r.correct().isEmpty()) {
            b.append(NO_CORRECT).append('\n');
        }
        r.correct().forEach(c -> b.append("- ").append(InertText.markdown(c)).append('\n'));
        b.append('\n');
        if (r.correctBackend() != null) {
            b.append(InertText.markdown(r.correctBackend())).append(" compiles it without the finding:\n\n");
            fence(b, "asm", r.correctAsm());
        } else {
            b.append("No LLVM version run here compiles it correctly.\n\n");
        }
        section(b, BundlePart.GCC);
        if (r.gcc().isEmpty()) {
            b.append(NO_GCC).append("\n");
        } else {
            r.gcc().forEach(g -> b.append("- GCC ").append(InertText.markdown(g)).append('\n'));
        }
        if (!r.headerWouldAdd().isEmpty()) {
            b.append('\n').append(HEADER_HEADING).append("\n\nThis report is of a plain handler file. A case header (`; key: value` "
                    + "comment lines at the top, described in iretlab's corpus/CaseParser and README.md) would add:\n\n");
            r.headerWouldAdd().forEach(k -> b.append("- `").append(k.substring(0, k.indexOf(':'))).append("`")
                    .append(InertText.markdown(k.substring(k.indexOf(':')))).append('\n'));
        }
        return b.toString();
    }

    private static StringBuilder section(StringBuilder b, BundlePart part) {
        return b.append(part.line()).append("\n\n");
    }

    private static void fence(StringBuilder b, String language, List<String> lines) {
        // Input (IR comments, names) may hold backticks: the fence is longer than any run of them.
        String fence = InertText.markdownFence(lines);
        b.append(fence).append(language).append('\n');
        lines.forEach(l -> b.append(InertText.markdownCodeLine(l)).append('\n'));
        b.append(fence).append("\n\n");
    }
}
