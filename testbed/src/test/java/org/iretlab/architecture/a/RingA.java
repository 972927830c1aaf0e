package org.iretlab.architecture.a;

import org.iretlab.architecture.b.RingB;

/** One side of a deliberate package ring, for DataFlowTest's control. */
public final class RingA {
    public RingB other;
}
