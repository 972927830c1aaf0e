package org.iretlab.architecture.b;

import org.iretlab.architecture.a.RingA;

/** The other side of the ring. */
public final class RingB {
    public RingA other;
}
