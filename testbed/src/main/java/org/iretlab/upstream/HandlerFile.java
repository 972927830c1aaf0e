package org.iretlab.upstream;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.iretlab.common.InputException;
import org.iretlab.corpus.CaseParser;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.corpus.PlainCase;
import org.iretlab.ir.IrSource;
import org.iretlab.target.Target;
import org.iretlab.verdict.FindingKind;

/**
 * A .ll file given instead of a corpus case: a file with a case header is read as a case; a plain
 * handler becomes a case of its own triple (or the target given), whose subject is what the caller
 * names, or every kind found when it names none.
 */
public final class HandlerFile {

    private HandlerFile() {}

    public static CorpusCase asCase(Path file, Target target, Set<FindingKind> subject) {
        if (!file.toString().endsWith(".ll")) {
            throw new InputException(file + ": give a .ll file (text IR) or a corpus case id");
        }
        String text = IrSource.read(file).text();
        if (PlainCase.hasHeader(text)) {
            return CaseParser.parse(file, text);
        }
        return plain(file, text, target, subject);
    }

    /** The file as a one-target case whatever its header says: the target given, else its own triple. */
    public static CorpusCase plain(Path file, String text, Target target, Set<FindingKind> subject) {
        return PlainCase.of(file, text, target, subject);
    }

    /** True when a path names an existing file rather than a corpus case. */
    public static boolean isFile(String nameOrPath) {
        return Files.isRegularFile(Path.of(nameOrPath));
    }
}
