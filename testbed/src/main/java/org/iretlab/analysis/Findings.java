package org.iretlab.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FindingKind;

/** Collects findings, one per kind, instruction and reason. */
public final class Findings {
    private final Map<String, Finding> byKey = new LinkedHashMap<>();

    public void report(FindingKind kind, ParsedInstruction at, String reason) {
        byKey.putIfAbsent(kind + "@" + at.address() + ":" + reason, new Finding(kind, at.address(), at.display(), reason));
    }

    /**
     * Reports only the first (lowest address) instance of a kind: for hazards such as x87 use, where
     * every further instruction adds nothing to the evidence.
     */
    public void reportFirst(FindingKind kind, ParsedInstruction at, String reason) {
        Finding existing = byKey.get(kind.id());
        if (existing == null || existing.address() > at.address()) {
            byKey.put(kind.id(), new Finding(kind, at.address(), at.display(), reason));
        }
    }

    public List<Finding> all() {
        List<Finding> out = new ArrayList<>(byKey.values());
        out.sort(Comparator.comparingLong(Finding::address).thenComparing(f -> f.kind().ordinal()));
        return out;
    }
}
