package org.iretlab.asm;

import java.util.List;
import java.util.Set;

/** The normalisation rules, and the order in which they make sense. */
public final class AsmRules {
    /** Directives that put bytes into the output: jump tables, constant pools and inline-asm opcodes matter. */
    private static final Set<String> DATA_DIRECTIVES = Set.of(
            ".byte", ".short", ".value", ".word", ".hword", ".2byte", ".long", ".int", ".4byte",
            ".quad", ".8byte", ".octa", ".zero", ".space", ".skip", ".fill", ".ascii", ".asciz", ".string",
            ".float", ".single", ".double", ".uleb128", ".sleb128");
    private static final Set<String> INLINE_ASM_MARKERS = Set.of("#APP", "#NO_APP");

    public static final AsmRule DROP_METADATA_SECTIONS = new AsmRule("drop-metadata-sections",
            "Drop the contents of .debug*, .note*, .comment and .llvm_addrsig sections.",
            MetadataSections::drop);

    public static final AsmRule STRIP_COMMENTS = new AsmRule("strip-comments",
            "Drop '#' comments and comment-only lines, but keep the #APP/#NO_APP inline-asm markers.",
            lines -> lines.stream()
                    .filter(line -> !isCommentOnly(line))
                    .map(AsmRules::withoutComment)
                    .toList());

    public static final AsmRule COLLAPSE_WHITESPACE = AsmRule.mapping("collapse-whitespace",
            "Trim lines and write each run of blanks outside string literals as one space.",
            line -> AsmLine.mapOutsideStrings(line.strip(), code -> code.replaceAll("\\s+", " ")));

    public static final AsmRule DROP_BLANK_LINES = AsmRule.dropping("drop-blank-lines",
            "Drop empty lines.",
            String::isBlank);

    public static final AsmRule DROP_DIRECTIVES = AsmRule.dropping("drop-directives",
            "Drop assembler directives (.globl, .p2align, .cfi_*, .size, .loc, ...) except data-emitting ones"
                    + " (.byte, .long, .quad, ...).",
            AsmRules::isNonDataDirective);

    public static final AsmRule DROP_UNREFERENCED_LOCAL_LABELS = new AsmRule("drop-unreferenced-local-labels",
            "Drop definitions of .L labels nothing refers to (.Lfunc_end0, .Lfunc_begin0, .Ltmp0, ...).",
            LocalLabels::dropUnreferenced);

    public static final AsmRule RENUMBER_LOCAL_LABELS = new AsmRule("renumber-local-labels",
            "Rename .L symbols to .L1, .L2, ... in order of first appearance, in definitions and uses alike.",
            LocalLabels::renumber);

    private AsmRules() {
    }

    /**
     * Order matters: metadata sections are found by the section directives drop-directives removes;
     * a label definition is only recognised once its trailing comment is gone; .Lfunc_end0 only
     * becomes unreferenced once .size is gone; and renumbering comes last so labels that vanish take
     * no numbers.
     */
    public static List<AsmRule> standard() {
        return List.of(DROP_METADATA_SECTIONS, STRIP_COMMENTS, COLLAPSE_WHITESPACE, DROP_BLANK_LINES,
                DROP_DIRECTIVES, DROP_UNREFERENCED_LOCAL_LABELS, RENUMBER_LOCAL_LABELS);
    }

    private static boolean isCommentOnly(String line) {
        int comment = AsmLine.commentStart(line);
        return comment >= 0 && line.substring(0, comment).isBlank() && !INLINE_ASM_MARKERS.contains(line.strip());
    }

    private static String withoutComment(String line) {
        int comment = AsmLine.commentStart(line);
        if (comment < 0 || INLINE_ASM_MARKERS.contains(line.strip())) {
            return line;
        }
        return line.substring(0, comment).stripTrailing();
    }

    private static boolean isNonDataDirective(String line) {
        String directive = line.strip().split("\\s+", 2)[0];
        return directive.startsWith(".") && !directive.endsWith(":") && !DATA_DIRECTIVES.contains(directive);
    }
}
