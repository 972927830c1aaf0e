package org.iretlab.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iretlab.common.InputException;
import org.iretlab.target.Target;
import org.iretlab.verdict.FindingKind;

/**
 * A user's handler file without a case header, as a case of one target: the target given, else the
 * file's own {@code target triple}. It has no expectations, so its cells show what they found, and
 * no upstream issue; its subject is what the caller names (empty: none).
 */
public final class PlainCase {
    private static final Pattern TRIPLE = Pattern.compile("(?m)^target triple = \"([^\"]+)\"");
    /** A definition with the interrupt calling convention, and its name (bare or quoted). */
    private static final Pattern HANDLER = Pattern.compile("(?m)^define\\b[^@\\n]*\\bx86_intrcc\\b[^@\\n]*@(\"(?:[^\"\\\\]|\\\\.)*\"|[-\\w$.]+)\\s*\\(");

    /**
     * What each key of a case header (see {@link CaseParser}) adds to what iretlab can say of a
     * handler: a report on a plain file lists them, so its reader knows what is missing and why.
     */
    public static final List<String> HEADER_WOULD_ADD = List.of(
            "id, title: a name for the case and the report's title (here: the file's name)",
            "upstream: the issue it reproduces, linked under the title",
            "wrong, correct: what is wrong in one line (in the summary) and what correct code does",
            "subject: the finding kinds the report is about (here: every kind found, or those given with --kind)",
            "expect, after-fix, oracle: what each LLVM version must show, so the table marks where a version "
                    + "differs (iretlab reproduce --record writes them, with the source and RUN lines)",
            "gcc: what GCC does with the same handler");

    private PlainCase() {}

    /** True for a case made of a plain file here: it has no expectation lines, which every header has. */
    public static boolean isPlain(CorpusCase c) {
        return c.expectations().isEmpty();
    }

    /**
     * @param text the file's IR text (for bitcode: the text a reader made of it), where its triple is read
     * @param target the target to use instead of the file's triple, or null
     */
    public static CorpusCase of(Path file, String text, Target target, Set<FindingKind> subject) {
        Target t = target;
        if (t == null || t.triple() == null) {
            Matcher m = TRIPLE.matcher(text);
            if (!m.find()) {
                throw new InputException(file + ":1: no 'target triple = \"...\"' line: add one, or give the target on the command line");
            }
            t = t == null ? Target.of(m.group(1)) : t.withTriple(m.group(1));
        }
        String stem = file.getFileName().toString().replaceFirst("\\.ll$", "");
        return new CorpusCase(file, stem, "x86_intrcc handler " + file.getFileName(), List.of(), List.of(), List.of(),
                List.of(t), subject, List.of(), List.of(), List.of(), List.of(), null, null, List.of(), List.of(), List.of(),
                text);
    }

    /** The x86_intrcc functions the text defines, in file order (a quoted name without its quotes, as its symbol reads). */
    public static List<String> handlers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = HANDLER.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            out.add(name.startsWith("\"") ? name.substring(1, name.length() - 1) : name);
        }
        return out;
    }

    /** True when a .ll text starts with a case header (its {@code ; id:} line), so it is read as a case. */
    public static boolean hasHeader(String text) {
        return HEADER_ID.matcher(text).find();
    }

    private static final Pattern HEADER_ID = Pattern.compile("(?m)^; id: ");
}
