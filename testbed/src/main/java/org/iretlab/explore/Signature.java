package org.iretlab.explore;

import java.util.List;

/**
 * One distinct problem of an explore run, one line of {@code DIR/findings.jsonl}: what kind, at
 * what (normalised) instruction, on what target shape, where it shows, and its class.
 *
 * @param side {@code static}, {@code oracle}, {@code both} (a disagreement) or {@code compile} (a crash or time-out)
 * @param versions the LLVM majors where it shows
 * @param handlers how many generated handlers show it
 * @param reproducer the first of them, relative to the run folder
 * @param knownCase for KNOWN, the corpus case whose subject explains it; for REGRESSION, the case whose subject
 *     would have explained it (the regression may be that case's own, recorded in its version ranges)
 * @param reduced the reproducer reduced by llvm-reduce (relative to the run folder), or null
 * @param reduceNote why it was not reduced, when a reduction was tried and failed
 */
public record Signature(String id, SignatureClass signatureClass, String kind, String side, String at, String arch,
        String features, List<Integer> versions, List<String> backends, int handlers, String reproducer, String knownCase,
        String reduced, String reduceNote) {

    Signature withClass(SignatureClass c, String explainingCase) {
        return new Signature(id, c, kind, side, at, arch, features, versions, backends, handlers, reproducer, explainingCase,
                reduced, reduceNote);
    }

    Signature withReduction(String file, String note) {
        return new Signature(id, signatureClass, kind, side, at, arch, features, versions, backends, handlers, reproducer,
                knownCase, file, note);
    }
}
