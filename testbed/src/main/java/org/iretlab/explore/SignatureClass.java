package org.iretlab.explore;

/** What a signature is to a person triaging an explore run; the first that applies, in this order. */
public enum SignatureClass {
    /**
     * LLVM aborted (or its worker died) on a handler it should compile: LLVM's bug whatever the handler's;
     * or, side {@code oracle}, iretlab's harness could not be built or booted for it: iretlab's bug.
     */
    CRASH,
    /** A compile or an oracle boot ran over its time limit. */
    TIMEOUT,
    /** The static verdict and the oracle differ on a kind both decide: a bug in one of them until explained. */
    DISAGREE,
    /**
     * Found on a newer LLVM in a handler an older LLVM compiled without it, and no corpus case's
     * version ranges show that arrival.
     */
    REGRESSION,
    /**
     * A regression a corpus case already records: its expectations lack the kind on the older LLVM
     * and have it on the newer, for every arrival the signature shows; the case is named.
     */
    KNOWN_REGRESSION,
    /** A corpus case's subject is this kind on this word size: the case names the upstream issue. */
    KNOWN,
    /** None of the above: nobody has filed it yet, as far as the corpus knows. */
    NEW
}
