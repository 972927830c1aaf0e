package org.iretlab.upstream;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iretlab.corpus.CaseParser;
import org.iretlab.target.Target;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.common.InputException;
import org.iretlab.ir.IrSource;
import org.iretlab.verdict.FindingKind;

/**
 * A .ll file given instead of a corpus case: a file with a case header is read as a case; a plain
 * handler becomes a case of its own triple (or the target given), whose subject is what the caller
 * names, or every kind found when it names none.
 */
public final class HandlerFile {
    private static final Pattern TRIPLE = Pattern.compile("(?m)^target triple = \"([^\"]+)\"");
    private static final Pattern HEADER_ID = Pattern.compile("(?m)^; id: ");

    private HandlerFile() {}

    public static CorpusCase asCase(Path file, Target target, Set<FindingKind> subject) {
        if (!file.toString().endsWith(".ll")) {
            throw new InputException(file + ": give a .ll file (text IR) or a corpus case id");
        }
        String text = IrSource.read(file).text();
        if (HEADER_ID.matcher(text).find()) {
            return CaseParser.parse(file, text);
        }
        return plain(file, text, target, subject);
    }

    /** The file as a one-target case whatever its header says: the target given, else its own triple. */
    public static CorpusCase plain(Path file, String text, Target target, Set<FindingKind> subject) {
        Target t = target;
        if (t == null || t.triple() == null) {
            Matcher m = TRIPLE.matcher(text);
            if (!m.find()) {
                throw new InputException(file + ":1: no 'target triple = \"...\"' line: add one, or give --triple T");
            }
            t = t == null ? Target.of(m.group(1)) : t.withTriple(m.group(1));
        }
        String stem = file.getFileName().toString().replaceFirst("\\.ll$", "");
        return new CorpusCase(file, stem, "x86_intrcc handler " + file.getFileName(), List.of(), List.of(), List.of(),
                List.of(t), subject, List.of(), List.of(), List.of(), List.of(), null, null, List.of(), List.of(), List.of(),
                text);
    }

    /** True when a path names an existing file rather than a corpus case. */
    public static boolean isFile(String nameOrPath) {
        return Files.isRegularFile(Path.of(nameOrPath));
    }
}
