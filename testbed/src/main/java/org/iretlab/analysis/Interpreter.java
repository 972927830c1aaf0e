package org.iretlab.analysis;

import java.util.List;
import org.iretlab.analysis.Semantics.Kind;

/**
 * The transfer function: how one instruction changes the abstract state. It tracks what the rules
 * need: where SP and every stack-derived address point, which registers still hold the interrupted
 * code's values (directly or in a stack slot), the direction flag, and the x87/MXCSR save state.
 */
final class Interpreter {
    private final TargetFacts facts;
    private final Callees callees;
    private final int word;

    Interpreter(TargetFacts facts, Callees callees) {
        this.facts = facts;
        this.callees = callees;
        this.word = facts.wordBytes();
    }

    State entryState() {
        return entryState(facts.entryBase());
    }

    /** Every register still the caller's, SP at {@code base}. */
    State entryState(Base base) {
        State s = new State();
        for (String family : facts.gprFamilies()) {
            s.set(family, new Value.Original(family));
        }
        s.set("rsp", new Value.StackAddress(base, 0));
        for (int n = 0; n < 32; n++) {
            for (int lane = 0; lane < 4; lane++) {
                String name = lane(n, lane);
                s.set(name, new Value.Original(name));
            }
        }
        for (int k = 0; k < 8; k++) {
            s.set("k" + k, new Value.Original("k" + k));
        }
        for (String segment : facts.segmentState()) {
            s.set(segment, new Value.Original(segment));
        }
        return s;
    }

    static String lane(int vector, int lane) {
        return "v" + vector + "." + lane;
    }

    /** The value of a memory operand's address. */
    Value address(State s, Operand.Mem m) {
        if (m.symbolic() || m.base() == null || m.ripRelative()
                || (m.segment() != null && !m.segment().name().equals("ss") && !m.segment().name().equals("es")
                        && !m.segment().name().equals("ds"))) {
            return Value.unknown(-1, "not a stack address");
        }
        Value base = s.register(m.base().family());
        if (!(base instanceof Value.StackAddress a)) {
            return base;
        }
        if (m.index() == null) {
            return a.plus(m.disp());
        }
        Value index = s.register(m.index().family());
        return index instanceof Value.Constant c ? a.plus(m.disp() + c.value() * m.scale())
                : Value.unknown(-1, "indexed by a register of unknown value");
    }

    void step(State s, ParsedInstruction i, Kind kind) {
        long at = i.address();
        switch (kind) {
            case NOP, FLAGS_ONLY, JCC, JMP, TABLE_JUMP, RET, IRET, TRAP, VECTOR_TO_GPR, PORT_IN -> writeGprDestination(s, i, at);
            // cmp, test and bt read their last operand: a GPR there is not written (LLVM 22 tests an undefined %al first).
            case PORT_OUT, SYSTEM, COMPARE -> { }
            case DESCRIPTOR_STORE -> {
                writeGprDestination(s, i, at);
                storeUnknownToStack(s, i, MemoryWidth.of(i, kind, facts), at);
            }
            case ATOMIC -> atomic(s, i, at);
            case FAR_POINTER_LOAD -> {
                writeGprDestination(s, i, at);
                String segment = Semantics.FAR_POINTER_LOADS.matcher(i.mnemonic()).replaceAll("$1s");
                s.set(segment, Value.unknown(at, "loaded by " + i.text()));
            }
            case SWAPGS -> {
                Value gs = s.register("gsbase");
                s.set("gsbase", s.register("kgsbase"));
                s.set("kgsbase", gs);
            }
            case SEGMENT_BASE_READ -> {
                Operand.Reg dst = (Operand.Reg) i.destination();
                setGpr(s, dst.register(), s.register(i.mnemonic().substring(2, 8)), at);
            }
            case SEGMENT_BASE_WRITE -> {
                Register src = ((Operand.Reg) i.source()).register();
                Value v = s.register(src.family());
                boolean kept = src.bits() == word * 8 && !(v instanceof Value.Unknown);
                s.set(i.mnemonic().substring(2, 8), kept ? v : Value.unknown(at, "written by " + i.text()));
            }
            case MSR_WRITE -> msrWrite(s, i, at);
            case MOVE -> move(s, i, at);
            case LEA -> {
                Operand.Reg dst = (Operand.Reg) i.destination();
                setGpr(s, dst.register(), address(s, (Operand.Mem) i.source()), at);
            }
            case PUSH -> push(s, i, at);
            case POP -> pop(s, i, at);
            case LEAVE -> leave(s, at);
            case PUSHF -> adjustSp(s, -word, at);
            case POPF -> {
                adjustSp(s, word, at);
                s.direction = State.Direction.UNKNOWN;
            }
            case ALU -> alu(s, i, at);
            case IMPLICIT_RAX_RDX -> implicit(s, i, at);
            case XCHG -> xchg(s, i, at);
            case CALL -> call(s, i);
            case CLD -> s.direction = State.Direction.CLEAR;
            case STD -> s.direction = State.Direction.SET;
            case STRING -> string(s, i, at);
            case VECTOR_MOVE -> vectorMove(s, i, at);
            case VECTOR_OP -> vectorWrite(s, i, kind, at);
            case VECTOR_FP_OP -> {
                vectorWrite(s, i, kind, at);
                mxcsrChanged(s);
            }
            case VZEROUPPER -> {
                int first = i.mnemonic().equals("vzeroall") ? 0 : 1;
                for (int n = 0; n < 16; n++) {
                    for (int lane = first; lane < 4; lane++) {
                        s.set(lane(n, lane), Value.unknown(at, "zeroed by " + i.mnemonic()));
                    }
                }
            }
            case MASK_MOVE -> maskMove(s, i, at);
            case X87, MMX -> {
                fpuChanged(s);
                storeUnknownToStack(s, i, MemoryWidth.of(i, kind, facts), at);
                writeGprDestination(s, i, at);
            }
            case X87_CONTROL -> {
                String m = i.mnemonic();
                if (m.equals("fninit") || m.equals("finit") || m.equals("fldcw")) {
                    s.ownX87Environment = true;
                    fpuChanged(s);
                }
                storeUnknownToStack(s, i, MemoryWidth.of(i, kind, facts), at);
            }
            case FP_SAVE -> {
                storeUnknownToStack(s, i, MemoryWidth.of(i, kind, facts), at);
                s.fpuSaved = true;
                s.fpuChangedSinceSave = false;
                // fnsave (and fsave) reinitialise the FPU after saving it, as fninit does.
                if (i.mnemonic().equals("fnsave") || i.mnemonic().equals("fsave")) {
                    s.ownX87Environment = true;
                }
                if (!i.mnemonic().startsWith("fn") && !i.mnemonic().equals("fsave")) {
                    s.mxcsrSaved = true;
                    s.mxcsrChangedSinceSave = false;
                }
            }
            case FP_RESTORE -> {
                s.fpuSaved = false;
                s.fpuChangedSinceSave = false;
                s.ownX87Environment = false;
                if (!i.mnemonic().equals("frstor")) {
                    s.mxcsrSaved = false;
                    s.mxcsrChangedSinceSave = false;
                    s.ownSseEnvironment = false;
                }
            }
            case MXCSR_SAVE -> {
                storeUnknownToStack(s, i, MemoryWidth.of(i, kind, facts), at);
                s.mxcsrSaved = true;
                s.mxcsrChangedSinceSave = false;
            }
            case MXCSR_LOAD -> {
                if (s.mxcsrSaved && s.mxcsrChangedSinceSave) {
                    // Loading after own changes is the restore; before them it sets the handler's own MXCSR.
                    s.mxcsrSaved = false;
                    s.mxcsrChangedSinceSave = false;
                    s.ownSseEnvironment = false;
                } else {
                    s.ownSseEnvironment = true;
                    mxcsrChanged(s);
                }
            }
            case UNKNOWN -> writeGprDestination(s, i, at);
        }
    }

    /** MXCSR status flags may change (an SSE floating-point operation). */
    void mxcsrChanged(State s) {
        if (s.mxcsrSaved) {
            s.mxcsrChangedSinceSave = true;
        }
    }

    void fpuChanged(State s) {
        if (s.fpuSaved) {
            s.fpuChangedSinceSave = true;
        }
    }

    private void move(State s, ParsedInstruction i, long at) {
        Operand dst = i.destination();
        int bytes = MemoryWidth.integer(i, word);
        Value v = read(s, i.source(), bytes);
        if (isSelector(v) && bytes >= 2) {
            // A segment selector is 16 bits: any move of at least those keeps it (mov %ds,%ax ... mov %ax,%ds).
            write(s, dst, bytes, v, at);
        } else if (v instanceof Value.Constant c && bytes == 4 && word == 8 && dst instanceof Operand.Reg r
                && r.register().kind() == Register.Kind.GPR) {
            // On x86-64 a 32-bit register write zero-extends.
            s.set(r.register().family(), new Value.Constant(c.value() & 0xFFFF_FFFFL));
        } else {
            write(s, dst, bytes, bytes == word ? v : Value.unknown(at, "partly written by " + i.text()), at);
        }
    }

    /** The interrupted code's segment selector (or a copy of it in a register or stack slot). */
    private boolean isSelector(Value v) {
        return v instanceof Value.Original o && Register.byName(o.register()) != null
                && Register.byName(o.register()).kind() == Register.Kind.SEGMENT;
    }

    private Value read(State s, Operand o, int bytes) {
        if (o instanceof Operand.Reg r) {
            return s.register(r.register().family());
        }
        if (o instanceof Operand.Imm imm) {
            return imm.value() == null ? Value.unknown(-1, "a symbol's address") : new Value.Constant(imm.value());
        }
        if (o instanceof Operand.Mem m && address(s, m) instanceof Value.StackAddress a) {
            State.Slot slot = s.slot(a);
            if (slot != null && slot.bytes() == bytes) {
                return slot.value();
            }
            return new Value.Loaded(a);
        }
        return Value.unknown(-1, "loaded from memory");
    }

    private void write(State s, Operand dst, int bytes, Value v, long at) {
        if (dst instanceof Operand.Reg r && r.register().kind() == Register.Kind.SEGMENT) {
            loadSegment(s, r.register().family(), v, at);
        } else if (dst instanceof Operand.Reg r) {
            setGpr(s, r.register(), v, at);
        } else if (dst instanceof Operand.Mem m && address(s, m) instanceof Value.StackAddress a) {
            s.store(a, bytes, v);
        }
    }

    /**
     * A segment register load: the selector is the value's if it is a saved selector, else new; on
     * x86-64 loading FS or GS also replaces its base with the descriptor's, which a later restore
     * of the selector does not bring back.
     */
    private void loadSegment(State s, String segment, Value v, long at) {
        s.set(segment, isSelector(v) ? v : Value.unknown(at, "loaded with a new selector"));
        if (facts.is64Bit() && (segment.equals("fs") || segment.equals("gs"))) {
            s.set(segment + "base", Value.unknown(at, "replaced by the base of the descriptor loaded into %" + segment));
        }
    }

    /**
     * A GPR write: a full-width write keeps the value, a narrower one leaves the register unknown
     * (but for a segment selector, which only ever needs its low 16 bits).
     */
    private void setGpr(State s, Register r, Value v, long at) {
        if (r.kind() != Register.Kind.GPR) {
            return;
        }
        boolean full = r.bits() == word * 8 || (isSelector(v) && r.bits() >= 16);
        s.set(r.family(), full ? withWriter(v, at) : Value.unknown(at, "partly written"));
    }

    private static Value withWriter(Value v, long at) {
        return v instanceof Value.Unknown u && u.writer() < 0 ? Value.unknown(at, u.why()) : v;
    }

    private void writeGprDestination(State s, ParsedInstruction i, long at) {
        if (i.operands().size() > 0 && i.destination() instanceof Operand.Reg r && r.register().kind() == Register.Kind.GPR) {
            s.set(r.register().family(), Value.unknown(at, "written by " + i.text()));
        }
    }

    private void storeUnknownToStack(State s, ParsedInstruction i, int bytes, long at) {
        for (Operand.Mem m : i.memoryOperands()) {
            if (address(s, m) instanceof Value.StackAddress a && isStore(i)) {
                s.store(a, bytes, Value.unknown(at, "stored by " + i.text()));
            }
        }
    }

    /** Whether the instruction's memory operand is written (its destination, or a save instruction's area). */
    static boolean isStore(ParsedInstruction i) {
        String m = i.mnemonic();
        if (m.startsWith("fst") || m.startsWith("fist") || m.startsWith("fnst") || m.startsWith("fbstp")
                || m.startsWith("fxsave") || m.startsWith("xsave") || m.startsWith("fnsave") || m.equals("fsave")
                || m.endsWith("stmxcsr")) {
            return true;
        }
        return i.operands().size() > 1 && i.destination() instanceof Operand.Mem;
    }

    private void push(State s, ParsedInstruction i, long at) {
        int bytes = i.mnemonic().equals("pushw") ? 2 : word;
        Value v = read(s, i.source(), bytes);
        if (s.stackPointer() instanceof Value.StackAddress sp) {
            Value.StackAddress slot = sp.plus(-bytes);
            s.store(slot, bytes, v);
            s.set("rsp", slot);
        }
    }

    private void pop(State s, ParsedInstruction i, long at) {
        int bytes = i.mnemonic().equals("popw") ? 2 : word;
        if (s.stackPointer() instanceof Value.StackAddress sp) {
            State.Slot slot = s.slot(sp);
            Value v = slot != null && slot.bytes() == bytes ? slot.value() : Value.unknown(at, "popped from " + sp);
            s.set("rsp", sp.plus(bytes));
            write(s, i.destination(), bytes, v, at);
        }
    }

    /** leave: SP takes the frame pointer, then the frame pointer is popped. */
    private void leave(State s, long at) {
        Value frame = s.register("rbp");
        if (!(frame instanceof Value.StackAddress fp)) {
            s.set("rsp", Value.unknown(at, "leave with a frame pointer that is not a stack address"));
            s.set("rbp", Value.unknown(at, "popped by leave"));
            return;
        }
        State.Slot slot = s.slot(fp);
        s.set("rbp", slot != null && slot.bytes() == word ? slot.value() : Value.unknown(at, "popped from " + fp));
        s.set("rsp", fp.plus(word));
    }

    private void adjustSp(State s, long delta, long at) {
        if (s.stackPointer() instanceof Value.StackAddress sp) {
            if (delta < 0) {
                s.forget(sp.plus(delta), (int) -delta);
            }
            s.set("rsp", sp.plus(delta));
        }
    }

    private void alu(State s, ParsedInstruction i, long at) {
        String m = i.mnemonic();
        String op = m.replaceAll("[bwlq]$", "");
        Operand dst = i.destination();
        if (i.source() instanceof Operand.Imm zero && zero.value() != null && zero.value() == 0
                && List.of("add", "sub", "or", "xor").contains(op)) {
            // Flags only: a fence as i386 writes it (lock orl $0, (%esp)) leaves the word as it was.
            return;
        }
        if (dst instanceof Operand.Reg r && r.register().kind() == Register.Kind.GPR && r.register().bits() == word * 8) {
            Value current = s.register(r.register().family());
            Operand src = i.source();
            Long operand = knownOperand(s, src);
            if (current instanceof Value.StackAddress a && operand != null) {
                long k = operand;
                switch (op) {
                    case "add" -> {
                        s.set(r.register().family(), a.plus(k));
                        return;
                    }
                    case "sub" -> {
                        if (r.register().isStackPointer()) {
                            s.forget(a.plus(-k), (int) Math.max(0, Math.min(k, 1 << 20)));
                        }
                        s.set(r.register().family(), a.plus(-k));
                        return;
                    }
                    case "and" -> {
                        if (k < 0 && Long.bitCount(-k) == 1) {
                            int alignment = (int) -k;
                            Base b = a.base();
                            // Rounding an address known to be aligned already changes nothing, and what is known of it stays:
                            // x86-64's stackrealign of a frame that needs 8 (andq $-8 after pushq %rbp) keeps RSP 16-aligned.
                            boolean aligned = b.modulus() % alignment == 0 && Math.floorMod(b.residue() + a.offset(), alignment) == 0;
                            s.set(r.register().family(), aligned ? a : new Value.StackAddress(Base.realigned(a, alignment, at), 0));
                            return;
                        }
                    }
                    default -> { }
                }
            }
            if ((op.equals("xor") || op.equals("sub")) && src instanceof Operand.Reg sr && sr.register().equals(r.register())) {
                s.set(r.register().family(), new Value.Constant(0));
                return;
            }
            s.set(r.register().family(), Value.unknown(at, "computed by " + i.text()));
            return;
        }
        if (dst instanceof Operand.Reg r) {
            setGpr(s, r.register(), Value.unknown(at, "computed by " + i.text()), at);
        } else if (dst instanceof Operand.Mem mem && address(s, mem) instanceof Value.StackAddress a) {
            s.store(a, MemoryWidth.integer(i, word), Value.unknown(at, "computed by " + i.text()));
        }
    }

    /**
     * An immediate, or a register of the word's width holding a known constant: the frame size a
     * stack probe kept in AX, which the prologue then subtracts from SP ({@code sub %rax, %rsp}).
     */
    private Long knownOperand(State s, Operand src) {
        if (src instanceof Operand.Imm imm) {
            return imm.value();
        }
        if (src instanceof Operand.Reg r && r.register().kind() == Register.Kind.GPR && r.register().bits() == word * 8
                && s.register(r.register().family()) instanceof Value.Constant c) {
            return word == 4 ? (long) (int) c.value() : c.value();
        }
        return null;
    }

    private void implicit(State s, ParsedInstruction i, long at) {
        String m = i.mnemonic();
        Value v = Value.unknown(at, "written by " + i.text());
        s.set("rax", v);
        // The byte forms of mul and div use AX alone; the sign extensions within the accumulator likewise.
        if (!m.matches("cltq|cwtl|cbtw|i?(mul|div)b")) {
            s.set("rdx", v);
        }
        if (m.equals("cpuid")) {
            s.set("rbx", v);
            s.set("rcx", v);
        }
        if (m.equals("rdtscp")) {
            s.set("rcx", v);
        }
    }

    private void xchg(State s, ParsedInstruction i, long at) {
        Operand a = i.operands().get(0);
        Operand b = i.operands().get(1);
        int bytes = MemoryWidth.integer(i, word);
        Value va = bytes == word ? read(s, a, bytes) : Value.unknown(at, "partly swapped");
        Value vb = bytes == word ? read(s, b, bytes) : Value.unknown(at, "partly swapped");
        write(s, a, bytes, vb, at);
        write(s, b, bytes, va, at);
    }

    /**
     * A string instruction's exact effect: the index registers it steps (ESI for a source, EDI for a
     * destination), ECX with a rep prefix, the accumulator for lods, and the memory at EDI for
     * movs/stos/ins (one element without rep; with rep an unknown length and direction, so every slot).
     */
    private void string(State s, ParsedInstruction i, long at) {
        java.util.regex.Matcher m = Semantics.STRINGS.matcher(i.mnemonic());
        m.matches();
        String op = m.group(1);
        boolean repeated = i.prefix().contains("rep");
        Value changed = Value.unknown(at, "changed by " + i.text());
        if (repeated) {
            s.set("rcx", changed);
        }
        if (List.of("movs", "lods", "cmps", "outs").contains(op)) {
            s.set("rsi", changed);
        }
        if (op.equals("lods")) {
            s.set("rax", changed);
        }
        if (List.of("movs", "stos", "scas", "cmps", "ins").contains(op)) {
            Value destination = s.register("rdi");
            s.set("rdi", changed);
            // As for any store, memory that is not provably the stack is taken not to be (a global buffer).
            if (List.of("movs", "stos", "ins").contains(op) && destination instanceof Value.StackAddress a) {
                if (repeated) {
                    s.slots.clear();
                } else {
                    s.store(a, MemoryWidth.integer(i, word), Value.unknown(at, "stored by " + i.text()));
                }
            }
        }
    }

    /**
     * cmpxchg loads the old value into the accumulator (EDX:EAX for cmpxchg8b/16b) when the compare
     * fails; xadd puts it into its source register. Either may write the destination.
     */
    private void atomic(State s, ParsedInstruction i, long at) {
        String m = i.mnemonic();
        int bytes = MemoryWidth.of(i, Kind.ATOMIC, facts);
        Value changed = Value.unknown(at, "written by " + i.text());
        if (m.startsWith("cmpxchg")) {
            s.set("rax", changed);
            if (m.equals("cmpxchg8b") || m.equals("cmpxchg16b")) {
                s.set("rdx", changed);
            }
        } else {
            Value old = bytes == word ? read(s, i.destination(), bytes) : changed;
            write(s, i.source(), bytes, withWriter(old, at), at);
        }
        write(s, i.destination(), bytes, changed, at);
    }

    /** wrmsr to FS_BASE, GS_BASE or KERNEL_GS_BASE (or to an MSR ECX does not tell) replaces that base. */
    private void msrWrite(State s, ParsedInstruction i, long at) {
        Value msr = s.register("rcx");
        List<String> bases = List.of("fsbase", "gsbase", "kgsbase");
        for (int n = 0; n < bases.size(); n++) {
            long number = 0xC000_0100L + n;
            if (!facts.segmentState().contains(bases.get(n))) {
                continue;
            }
            if (!(msr instanceof Value.Constant c)) {
                s.set(bases.get(n), Value.unknown(at, "written by wrmsr with an ECX the analysis cannot tell"));
            } else if ((c.value() & 0xFFFF_FFFFL) == number) {
                s.set(bases.get(n), Value.unknown(at, String.format("written by wrmsr to MSR 0x%X", number)));
            }
        }
    }

    /** The effect of a call instruction in the state before it: its callee is entered with SP one word lower. */
    CallEffect callEffect(ParsedInstruction call, State before) {
        Value sp = before.stackPointer();
        return callees.effect(call.decoded().symbol(), call.decoded().branchTarget() == null,
                sp instanceof Value.StackAddress a ? a.plus(-word) : sp);
    }

    /** The effect of a tail jump out of the function: its target is entered with SP as it is. */
    CallEffect tailCallEffect(ParsedInstruction jump, State before) {
        return callees.effect(jump.decoded().symbol(), jump.decoded().branchTarget() == null, before.stackPointer());
    }

    /** What a call may change, by its callee's effect; the callee may also use any stack below SP. */
    private void call(State s, ParsedInstruction i) {
        apply(callEffect(i, s), s, i.address());
    }

    /** A callee's effect on the caller's state once it has returned to {@code at}. */
    void apply(CallEffect e, State s, long at) {
        Value frameSize = s.register("rax");
        Value.Unknown changed = new Value.Unknown(at, e.callee() == null ? "the callee may change it (" + e.basis() + ")"
                : "the callee " + e.callee() + " may change it (" + e.basis() + ")");
        for (String r : e.changed()) {
            s.set(r, changed);
        }
        if (e.x87() != null) {
            fpuChanged(s);
        }
        if (e.mxcsr() != null) {
            mxcsrChanged(s);
        }
        if (s.stackPointer() instanceof Value.StackAddress sp) {
            s.slots.keySet().removeIf(k -> new Value.StackAddress(k.base(), k.offset()).highestFromEntry() < sp.lowestFromEntry());
            if (e.popped() != 0) {
                s.set("rsp", sp.plus(e.popped()));
            }
            if (e.allocatesEax()) {
                s.set("rsp", frameSize instanceof Value.Constant c ? sp.plus(-(c.value() & 0xFFFF_FFFFL))
                        : Value.unknown(at, e.name() + " moved it down by an EAX the analysis cannot tell"));
            }
        }
        // A missing cld is reported at the call; the ABI returns with DF clear, a callee's own code as it leaves it.
        if (e.directionAfter() != null) {
            s.direction = e.directionAfter().after(s.direction);
        }
    }

    private void vectorMove(State s, ParsedInstruction i, long at) {
        int lanes = Semantics.vectorWidthBytes(i) / 16;
        boolean vex = i.mnemonic().startsWith("v");
        Value[] values = new Value[lanes];
        Operand src = i.source();
        for (int l = 0; l < lanes; l++) {
            values[l] = Value.unknown(at, "loaded by " + i.text());
            if (src instanceof Operand.Reg r && r.register().kind() == Register.Kind.VECTOR) {
                values[l] = s.register(lane(r.register().vectorIndex(), l));
            } else if (src instanceof Operand.Mem m && address(s, m) instanceof Value.StackAddress a) {
                State.Slot slot = s.slot(a.plus(16L * l));
                if (slot != null && slot.bytes() == 16) {
                    values[l] = slot.value();
                }
            }
        }
        Operand dst = i.destination();
        if (dst instanceof Operand.Reg r && r.register().kind() == Register.Kind.VECTOR) {
            int n = r.register().vectorIndex();
            for (int l = 0; l < lanes; l++) {
                s.set(lane(n, l), values[l]);
            }
            if (vex) {
                for (int l = lanes; l < 4; l++) {
                    s.set(lane(n, l), Value.unknown(at, "upper lanes zeroed by the VEX/EVEX encoding of " + i.text()));
                }
            }
        } else if (dst instanceof Operand.Mem m && address(s, m) instanceof Value.StackAddress a) {
            for (int l = 0; l < lanes; l++) {
                s.store(a.plus(16L * l), 16, values[l]);
            }
        }
    }

    private void vectorWrite(State s, ParsedInstruction i, Kind kind, long at) {
        Operand dst = i.destination();
        if (i.mnemonic().matches("v?u?comis[sd]|v?ptest|vtestp[sd]")) {
            return;
        }
        if (dst instanceof Operand.Reg r && r.register().kind() == Register.Kind.MASK) {
            s.set(r.register().family(), Value.unknown(at, "written by " + i.text()));
        } else if (dst instanceof Operand.Reg r && r.register().kind() == Register.Kind.VECTOR) {
            int n = r.register().vectorIndex();
            int written = i.mnemonic().startsWith("v") ? 4 : r.register().lanes();
            for (int l = 0; l < written; l++) {
                s.set(lane(n, l), Value.unknown(at, "written by " + i.text()));
            }
        } else if (dst instanceof Operand.Reg r) {
            setGpr(s, r.register(), Value.unknown(at, "written by " + i.text()), at);
        } else if (dst instanceof Operand.Mem m && address(s, m) instanceof Value.StackAddress a && i.operands().size() > 1) {
            s.store(a, MemoryWidth.of(i, kind, facts), Value.unknown(at, "stored by " + i.text()));
        }
    }

    private void maskMove(State s, ParsedInstruction i, long at) {
        Operand src = i.source();
        Operand dst = i.destination();
        Value v = Value.unknown(at, "loaded by " + i.text());
        int bytes = MemoryWidth.of(i, Kind.MASK_MOVE, facts);
        if (src instanceof Operand.Reg r && r.register().kind() == Register.Kind.MASK) {
            v = s.register(r.register().family());
        } else if (src instanceof Operand.Mem m && address(s, m) instanceof Value.StackAddress a) {
            State.Slot slot = s.slot(a);
            if (slot != null && slot.bytes() == bytes) {
                v = slot.value();
            }
        }
        if (dst instanceof Operand.Reg r && r.register().kind() == Register.Kind.MASK) {
            s.set(r.register().family(), v);
        } else if (dst instanceof Operand.Reg r) {
            setGpr(s, r.register(), Value.unknown(at, "written by " + i.text()), at);
        } else if (dst instanceof Operand.Mem m && address(s, m) instanceof Value.StackAddress a) {
            s.store(a, bytes, v);
        }
    }
}
