package org.iretlab.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.iretlab.common.InputException;

/** The case files of a corpus folder, parsed. */
public final class Corpus {
    private Corpus() {}

    /** Every {@code *.ll} under the folder, by name (the default folder found from any working directory: {@link Checkout}). */
    public static List<CorpusCase> load(Path given) {
        Path folder = Checkout.resolve(given);
        if (!Files.isDirectory(folder)) {
            throw new InputException(folder + ": no such folder: give the corpus folder (ir-tests/cases)");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".ll")).sorted().map(CaseParser::read).toList();
        } catch (IOException e) {
            throw new InputException(folder + ": cannot list: " + e.getMessage());
        }
    }

    /** The case of this id, file name or stem in the folder. */
    public static Optional<CorpusCase> find(Path given, String name) {
        Path folder = Checkout.resolve(given);
        if (!Files.isDirectory(folder)) {
            throw new InputException(name + ": no such file, and no corpus at " + folder + " to find a case of that name in");
        }
        Optional<CorpusCase> c = load(folder).stream()
                .filter(k -> k.id().equals(name) || k.stem().equals(name) || k.name().equals(name)).findFirst();
        if (c.isEmpty()) {
            throw new InputException(name + ": no such file, and no case of that id or name in " + folder);
        }
        return c;
    }
}
