package org.iretlab.explore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.corpus.Expectation;
import org.iretlab.oracle.Oracle;
import org.iretlab.target.Target;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.Outcome;

/**
 * Folds every handler's observations into distinct problems: one signature per (kind, side,
 * normalised instruction as far as the kind is about it, architecture, and the features where the
 * instruction does not show them: {@link Normalise#focus}, {@link Normalise#needsFeatures}), with
 * the LLVM majors and handlers where it shows, then classes each (see {@link SignatureClass}). Computed from the stored results alone, so
 * a resumed run or merged shards give the same signatures as one run.
 */
public final class Signatures {
    private static final String HANDLER_FAULT = FindingKind.HANDLER_FAULT.id();
    private static final String MISALIGNED_ACCESS = FindingKind.MISALIGNED_STACK_ACCESS.id();
    private final List<CorpusCase> corpus;

    public Signatures(List<CorpusCase> corpus) {
        this.corpus = corpus;
    }

    /** What one signature was seen in, while folding. */
    private record Key(String kind, String side, String at, String arch, String features) {
        String id() {
            try {
                byte[] d = MessageDigest.getInstance("SHA-256").digest(String.join("\u0000", kind, side, at, arch, features)
                        .getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(d, 0, 6);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("no SHA-256 in this JVM", e);
            }
        }
    }

    private static final class Seen {
        final Set<Integer> versions = new TreeSet<>();
        final Set<String> backends = new TreeSet<>();
        final Set<String> handlers = new TreeSet<>();
        final Map<String, Set<Integer>> majorsByHandler = new TreeMap<>();
        final Set<String> originCases = new TreeSet<>();
        /** A handler of the signature was no mutation of a corpus case. */
        boolean generated;
        String reproducer;
        int bits;
    }

    public List<Signature> of(List<HandlerResult> results) {
        Map<Key, Seen> seen = new LinkedHashMap<>();
        for (HandlerResult h : results.stream().sorted(Comparator.comparing(HandlerResult::name)).toList()) {
            for (Observation o : h.observations()) {
                for (Key k : keys(h, o)) {
                    Seen s = seen.computeIfAbsent(k, x -> new Seen());
                    s.versions.add(o.major());
                    s.backends.add(o.backend());
                    s.handlers.add(h.name());
                    s.majorsByHandler.computeIfAbsent(h.name(), x -> new TreeSet<>()).add(o.major());
                    if (h.originCase() != null) {
                        s.originCases.add(h.originCase());
                    } else {
                        s.generated = true;
                    }
                    if (s.reproducer == null) {
                        s.reproducer = h.file();
                    }
                    s.bits = h.bits();
                }
            }
        }
        Map<String, HandlerResult> byName = new TreeMap<>();
        results.forEach(h -> byName.put(h.name(), h));
        List<Signature> out = new ArrayList<>();
        Map<Key, String> knownAccesses = new LinkedHashMap<>();
        seen.forEach((k, s) -> {
            Optional<String> known = known(k, s);
            List<Transition> arrivals = transitions(k, s, byName);
            Optional<String> explainedArrival = arrivals.isEmpty() ? Optional.empty() : explainedRegression(k, s, arrivals);
            Optional<String> recordedDisagreement = k.side.equals("both") ? recordedDisagreement(k, s) : Optional.empty();
            SignatureClass c = k.side.equals("compile") ? SignatureClass.valueOf(k.kind.toUpperCase())
                    : k.side.equals("oracle") && k.kind.equals("timeout") ? SignatureClass.TIMEOUT
                    : k.side.equals("oracle") && k.kind.equals("crash") ? SignatureClass.CRASH
                    : k.side.equals("both") ? (recordedDisagreement.isPresent() ? SignatureClass.KNOWN : SignatureClass.DISAGREE)
                    : explainedArrival.isPresent() ? SignatureClass.KNOWN_REGRESSION
                    : !arrivals.isEmpty() ? SignatureClass.REGRESSION
                    : known.isPresent() ? SignatureClass.KNOWN : SignatureClass.NEW;
            String explaining = recordedDisagreement.isPresent() ? recordedDisagreement.get()
                    : c == SignatureClass.KNOWN_REGRESSION ? explainedArrival.get()
                    : c == SignatureClass.KNOWN || c == SignatureClass.REGRESSION ? known.orElse(null) : null;
            if ((c == SignatureClass.KNOWN || c == SignatureClass.KNOWN_REGRESSION) && k.side.equals("static")
                    && k.kind.equals(MISALIGNED_ACCESS)) {
                knownAccesses.put(k, explaining);
            }
            out.add(new Signature(k.id(), c, k.kind, k.side, k.at, k.arch, k.features, List.copyOf(s.versions),
                    List.copyOf(s.backends), s.handlers.size(), s.reproducer, explaining, null, null));
        });
        out.replaceAll(sig -> faultAtKnownAccess(sig, seen, knownAccesses));
        out.sort(Comparator.comparing(Signature::signatureClass).thenComparing(Signature::kind).thenComparing(Signature::at)
                .thenComparing(Signature::arch).thenComparing(Signature::features));
        return out;
    }

    /**
     * A fault under QEMU at an instruction the static side calls a misaligned stack access, in the same
     * handler, is that access's fault: where the access is KNOWN (or a KNOWN_REGRESSION: the 32-bit
     * realignment that LLVM 17 broke), the fault is KNOWN, by the same case.
     * Handler-fault is no case's subject, so without this the oracle's side of every known misaligned
     * spill was NEW. A fault at any other instruction stays what it was.
     */
    private static Signature faultAtKnownAccess(Signature sig, Map<Key, Seen> seen, Map<Key, String> knownAccesses) {
        if (sig.signatureClass() != SignatureClass.NEW || !sig.side().equals("oracle") || !sig.kind().equals(HANDLER_FAULT)) {
            return sig;
        }
        Set<String> faulting = seen.get(new Key(sig.kind(), sig.side(), sig.at(), sig.arch(), sig.features())).handlers;
        return knownAccesses.entrySet().stream()
                .filter(e -> e.getKey().at.equals(sig.at()) && e.getKey().arch.equals(sig.arch())
                        && seen.get(e.getKey()).handlers.stream().anyMatch(faulting::contains))
                .findFirst().map(e -> sig.withClass(SignatureClass.KNOWN, e.getValue())).orElse(sig);
    }

    /** The signatures one observation shows. */
    private static List<Key> keys(HandlerResult h, Observation o) {
        List<Key> keys = new ArrayList<>();
        if (o.outcome() == Outcome.CRASH || o.outcome() == Outcome.TIMEOUT) {
            keys.add(new Key(o.outcome().name().toLowerCase(), "compile", Normalise.message(o.message()), h.arch(), h.features()));
        }
        // Stored results keep the text as normalised when they were judged: normalised again, an older run
        // folds into the signatures of today's rules.
        o.found().forEach(f -> keys.add(key(f, "static", h)));
        if (o.oracleOutcome() == Outcome.TIMEOUT || o.oracleOutcome() == Outcome.UNDECIDED) {
            keys.add(new Key(o.oracleOutcome() == Outcome.TIMEOUT ? "timeout" : "crash", "oracle", Normalise.message(o.oracleMessage()),
                    h.arch(), h.features()));
        }
        o.oracleFound().forEach(f -> keys.add(key(f, "oracle", h)));
        o.disagreements().forEach(d -> keys.add(new Key(d.substring(0, Math.max(0, d.indexOf(':'))), "both", d, h.arch(), h.features())));
        return keys;
    }

    /** One handler that an older LLVM judged without the signature and the next newer LLVM that shows it. */
    private record Transition(String handler, int older, int newer) {}

    private static Key key(Observation.Seen f, String side, HandlerResult h) {
        String instruction = Normalise.instruction(f.at());
        return new Key(f.kind(), side, Normalise.focus(f.kind(), instruction), h.arch(),
                Normalise.needsFeatures(instruction) ? h.features() : "");
    }

    /**
     * Where the signature arrived: in a handler that an older LLVM compiled (and, for the oracle's
     * kinds, ran on at least as many scenarios) without it, the pair of majors around the arrival.
     * The scenario count matters: a cell whose static side and quick set found nothing stops after
     * the quick set, and the standard set on a newer LLVM then finds what the older was never asked.
     * So does a fault: where the older LLVM's handler faulted, QEMU never saw the state at its iret.
     */
    private static List<Transition> transitions(Key k, Seen s, Map<String, HandlerResult> byName) {
        List<Transition> out = new ArrayList<>();
        for (var e : s.majorsByHandler.entrySet()) {
            List<Observation> observations = byName.get(e.getKey()).observations();
            for (Observation o : observations) {
                if (e.getValue().contains(o.major())) {
                    continue;
                }
                Optional<Integer> newer = e.getValue().stream().filter(m -> m > o.major()).min(Integer::compare);
                if (newer.isPresent() && (k.side.equals("oracle") ? ranWithout(k.kind, o, observations.stream()
                        .filter(n -> n.major() == newer.get()).mapToInt(Observation::scenarios).min().orElse(0)) : o.compiled())) {
                    out.add(new Transition(e.getKey(), o.major(), newer.get()));
                }
            }
        }
        return out;
    }

    /** The oracle ran this cell to its iret on at least the scenarios that found the kind on the newer LLVM. */
    private static boolean ranWithout(String kind, Observation o, int newerScenarios) {
        return o.oracleRan() && o.scenarios() >= newerScenarios
                && (kind.equals(HANDLER_FAULT) || o.oracleFound().stream().noneMatch(f -> f.kind().equals(HANDLER_FAULT)));
    }

    /**
     * The corpus case whose version ranges show every arrival of a regression (see {@link #shows}).
     * The case a mutation started from first, then the others.
     */
    private Optional<String> explainedRegression(Key k, Seen s, List<Transition> arrivals) {
        return findingKind(k.kind).flatMap(kind -> corpus.stream()
                .sorted(Comparator.comparing((CorpusCase c) -> !s.originCases.contains(c.stem())))
                .filter(c -> arrivals.stream().allMatch(t -> shows(c, s.originCases.contains(c.stem()), k.side, kind, s.bits, t)))
                .findFirst().map(CorpusCase::stem));
    }

    /**
     * A case records an arrival when, on a target of the same word size, its expectations (the
     * oracle's for an oracle kind) lack the kind on the older LLVM and have it on the newer, and
     * that change is the case's own regression: it started the mutation, or its subject arrives
     * between the same two LLVMs (a handler fault arriving with case 25's misaligned access is that
     * regression's; a kind that arrives in a case about something else, or whose subject shows on
     * both, is not).
     */
    private static boolean shows(CorpusCase c, boolean origin, String side, FindingKind kind, int bits, Transition t) {
        return c.targets().stream().filter(target -> target.wordBits() == bits).anyMatch(target -> {
            Set<FindingKind> older = kinds(c, side, target, t.older());
            Set<FindingKind> newer = kinds(c, side, target, t.newer());
            if (older == null || newer == null || older.contains(kind) || !newer.contains(kind)) {
                return false;
            }
            return origin || c.subject().stream().anyMatch(subject -> newer.contains(subject) && !older.contains(subject));
        });
    }

    /**
     * A disagreement every handler of which is a mutation of corpus cases, one of which records that very
     * disagreement on its own code: on a target of the same word size and an LLVM major where the signature
     * shows, its static line has the kind and its oracle line (there is one) has not. Such a case says
     * why the two sides cannot agree there (10c-10f: asm that only declares an x87 or MMX clobber;
     * explore-fp-env: MXCSR flags that depend on the data), and its mutations show the same, not something
     * to triage again. A disagreement in a generated handler stays DISAGREE, as does one the case does not record.
     */
    private Optional<String> recordedDisagreement(Key k, Seen s) {
        if (s.generated || !k.at.endsWith(Oracle.STATIC_ONLY)) {
            return Optional.empty();
        }
        return findingKind(k.kind).flatMap(kind -> corpus.stream().filter(c -> s.originCases.contains(c.stem()))
                .filter(c -> c.targets().stream().filter(t -> t.wordBits() == s.bits).anyMatch(t -> s.versions.stream().anyMatch(major -> {
                    Set<FindingKind> found = kinds(c, "static", t, major);
                    Set<FindingKind> ran = kinds(c, "oracle", t, major);
                    return found != null && ran != null && found.contains(kind) && !ran.contains(kind);
                }))).findFirst().map(CorpusCase::stem));
    }

    /** What a case expects on a target and LLVM major, statically or under the oracle; null where it says nothing. */
    private static Set<FindingKind> kinds(CorpusCase c, String side, Target target, int major) {
        return (side.equals("oracle") ? c.oracleExpectation(target, major, false) : c.expectation(target, major))
                .map(Expectation::kinds).orElse(null);
    }

    /**
     * The corpus case that explains a signature: the case a mutation started from, where its subject
     * has the kind or it {@linkplain #records records} the kind; else a case whose subject has the kind
     * (or its counterpart on the other side) on a target of the same word size.
     */
    private Optional<String> known(Key k, Seen s) {
        return findingKind(k.kind).flatMap(kind -> known(k, s, kind));
    }

    private Optional<String> known(Key k, Seen s, FindingKind kind) {
        List<CorpusCase> explaining = corpus.stream().filter(c -> (c.subject().contains(kind)
                || kind.counterpart() != null && c.subject().contains(kind.counterpart()))
                && c.targets().stream().map(Target::wordBits).anyMatch(b -> b == s.bits)).toList();
        return explaining.stream().filter(c -> s.originCases.contains(c.stem())).findFirst()
                .or(() -> corpus.stream().filter(c -> s.originCases.contains(c.stem()) && records(c, k.side, kind, s)).findFirst())
                .or(() -> explaining.stream().findFirst())
                .map(CorpusCase::stem);
    }

    /** The kind a signature names; none for CRASH and TIMEOUT, which are no finding kinds. */
    private static Optional<FindingKind> findingKind(String id) {
        try {
            return Optional.of(FindingKind.byId(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The case a mutation started from records the kind on its own code: on a target of the same word
     * size, on one of the LLVM majors where the signature shows, its expectations (the oracle's for an
     * oracle kind) have it. A finding a case's subject is not about is still that case's finding
     * (case 05's misplaced 64-aligned local), not something nobody has seen.
     */
    private static boolean records(CorpusCase c, String side, FindingKind kind, Seen s) {
        return c.targets().stream().filter(t -> t.wordBits() == s.bits).anyMatch(t -> s.versions.stream().anyMatch(major -> {
            Set<FindingKind> expected = kinds(c, side, t, major);
            return expected != null && expected.contains(kind);
        }));
    }
}
