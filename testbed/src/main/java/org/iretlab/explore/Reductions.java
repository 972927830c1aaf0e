package org.iretlab.explore;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iretlab.common.InputException;
import org.iretlab.common.WorkFolder;
import org.iretlab.target.Target;
import org.iretlab.upstream.Reducer;
import org.iretlab.verdict.FindingKind;

/**
 * The reproducers of NEW signatures, and of DISAGREE ones the static side found, reduced with
 * llvm-reduce keeping the finding (the {@code reduce} command's {@link Reducer}: the newest
 * installed LLVM that shows it). Only the static side can be kept while reducing: a signature only
 * the oracle shows is left as generated.
 */
public final class Reductions {
    public static final String FOLDER = "reduced";
    private static final Set<SignatureClass> REDUCED = Set.of(SignatureClass.NEW, SignatureClass.DISAGREE);

    private final Reducer reducer;
    private final PrintWriter log;

    public Reductions(Reducer reducer, PrintWriter log) {
        this.reducer = reducer;
        this.log = log;
    }

    /** The signatures with up to {@code limit} reductions added, in the order given. */
    public List<Signature> reduce(List<Signature> signatures, List<HandlerResult> results, Path folder, int limit) {
        Map<String, HandlerResult> byFile = new HashMap<>();
        results.forEach(h -> byFile.put(h.file(), h));
        List<Signature> out = new ArrayList<>();
        int tried = 0;
        for (Signature s : signatures) {
            FindingKind kind = staticKind(s);
            if (tried >= limit || kind == null || !REDUCED.contains(s.signatureClass())) {
                out.add(s);
                continue;
            }
            tried++;
            String file = FOLDER + "/" + s.id() + ".ll";
            log.printf("reducing %s (%s %s) ...%n", s.reproducer(), s.signatureClass(), s.kind());
            log.flush();
            try (WorkFolder work = WorkFolder.create("iretlab-explore-reduce")) {
                Files.createDirectories(folder.resolve(FOLDER));
                Reducer.Reduction r = reducer.reduce(folder.resolve(s.reproducer()), kind, null, Target.parse(byFile.get(s.reproducer()).target()),
                        folder.resolve(file), work.path());
                log.printf("  %d -> %d instructions with %s (%d tests, %.0f s)%n", r.instructionsBefore(), r.instructionsAfter(),
                        r.backend(), r.tests(), r.seconds());
                out.add(s.withReduction(file, null));
            } catch (InputException | IllegalStateException | IOException e) {
                log.printf("  not reduced: %s%n", e.getMessage());
                out.add(s.withReduction(null, e.getMessage()));
            }
        }
        return out;
    }

    /** The kind the static side found, which a reduction can keep; null for what only the oracle showed. */
    private static FindingKind staticKind(Signature s) {
        boolean staticSide = s.side().equals("static") || s.side().equals("both") && s.at().contains("found statically");
        if (!staticSide) {
            return null;
        }
        try {
            return FindingKind.byId(s.kind());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
