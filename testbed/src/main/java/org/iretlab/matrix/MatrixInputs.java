package org.iretlab.matrix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.iretlab.common.InputException;
import org.iretlab.corpus.CaseParser;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.corpus.PlainCase;
import org.iretlab.ir.IrSource;
import org.iretlab.target.Target;

/**
 * The files a matrix was given instead of the corpus: .ll and .bc files and folders of them. A .ll
 * file with a case header is that case; any other file is a user's plain handler file, one row per
 * x86_intrcc function it defines, on its own triple (or the target given).
 */
public final class MatrixInputs {
    /**
     * One input of the matrix.
     *
     * @param handlers for a plain file, its x86_intrcc functions, each a row of its own; empty for a
     *     case with a header (one row per target, held against its expectations)
     */
    public record Input(CorpusCase kase, List<String> handlers) {
        public static Input ofCase(CorpusCase c) {
            return new Input(c, List.of());
        }

        public boolean plain() {
            return !handlers.isEmpty();
        }

        /** True when a cell of that row name is one of this plain file's handlers. */
        public boolean hasRow(String caseFile) {
            return handlers.stream().anyMatch(h -> HandlerRows.rowName(kase.stem(), h).equals(caseFile));
        }
    }

    private MatrixInputs() {}

    /**
     * @param target replaces the triple, CPU, features and -O of plain files (null: each file's own triple)
     * @param bitcodeText the IR text of a bitcode file, as an LLVM reads it (where its triple and handlers are found)
     */
    public static List<Input> load(List<Path> paths, Target target, Function<Path, String> bitcodeText) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                files.addAll(folder(p));
            } else if (Files.isRegularFile(p)) {
                if (!isIr(p)) {
                    throw new InputException(p + ": not a .ll or .bc file: give handler files (.ll, .bc) or folders of them");
                }
                files.add(p);
            } else {
                throw new InputException(p + ": no such file or folder");
            }
        }
        Map<String, Path> byName = new LinkedHashMap<>();
        List<Input> out = new ArrayList<>();
        for (Path f : files) {
            Input in = read(f, target, bitcodeText);
            Path other = byName.putIfAbsent(in.kase().stem(), f);
            if (other != null) {
                // A row is named after its file: two files of one name would share rows.
                throw new InputException(f + " and " + other + ": two inputs named " + f.getFileName()
                        + ": rename one, or run them in two matrices");
            }
            out.add(in);
        }
        return out;
    }

    private static Input read(Path file, Target target, Function<Path, String> bitcodeText) {
        if (file.toString().endsWith(".bc")) {
            String text = bitcodeText.apply(file);
            return plain(file, text, target);
        }
        String text = IrSource.read(file).text();
        if (PlainCase.hasHeader(text)) {
            return Input.ofCase(CaseParser.parse(file, text));
        }
        return plain(file, text, target);
    }

    private static Input plain(Path file, String text, Target target) {
        List<String> handlers = PlainCase.handlers(text);
        if (handlers.isEmpty()) {
            throw new InputException(file + ": defines no x86_intrcc function: the matrix has nothing to run of it "
                    + "(a handler is 'define x86_intrcc void @name(ptr byval(...) ...)')");
        }
        return new Input(PlainCase.of(file, text, target, Set.of()), handlers);
    }

    /** A folder's .ll and .bc files by name; a .bc beside a .ll of the same name is that case's bitcode, not an input. */
    private static List<Path> folder(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> all = list.filter(f -> Files.isRegularFile(f) && isIr(f)).sorted().toList();
            List<Path> out = all.stream().filter(f -> !f.toString().endsWith(".bc")
                    || !Files.exists(f.resolveSibling(f.getFileName().toString().replaceFirst("\\.bc$", ".ll")))).toList();
            if (out.isEmpty()) {
                throw new InputException(dir + ": no .ll or .bc file in this folder");
            }
            return out;
        } catch (IOException e) {
            throw new InputException(dir + ": cannot list: " + e.getMessage());
        }
    }

    private static boolean isIr(Path f) {
        String n = f.getFileName().toString();
        return n.endsWith(".ll") || n.endsWith(".bc");
    }
}
