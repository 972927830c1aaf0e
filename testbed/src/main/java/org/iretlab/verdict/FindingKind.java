package org.iretlab.verdict;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The closed list of finding kinds, in one place: each with the id users see, a one-line summary,
 * the explanation a report shows, which side decides it, and its counterpart on the other side.
 */
public enum FindingKind {
    MISALIGNED_STACK_ACCESS(Side.BOTH, null,
            "an alignment-requiring access to stack memory is not provably aligned",
            "Instructions such as movaps, movdqa, vmovaps and fxsave fault (#GP) on a misaligned address. "
                    + "On 32-bit the CPU pushes the frame without aligning ESP, so a handler that does not "
                    + "realign its stack (and $-N) can only assume 4-byte alignment."),
    MISALIGNED_CALL_SITE(Side.BOTH, null,
            "a call gives the callee less stack alignment than it may assume",
            "A callee compiled for the target's ABI assumes SP is aligned (16 bytes on Linux and all 64-bit "
                    + "targets) at the call. Interrupt handlers start with the interrupted code's SP, pushed "
                    + "frame and error code, so they must realign or count their pushes right (llvm#26851, #224029)."),
    NOT_IRET(Side.BOTH, null,
            "the handler returns with something other than iret",
            "An interrupt handler must return with iret (iretl/iretq, or uiret for user interrupts): ret pops "
                    + "only the instruction pointer and leaves CS, flags and the stack of the interrupted code behind."),
    SP_AT_IRET_WRONG(Side.BOTH, null,
            "SP at iret is not the entry SP plus the error code",
            "At iret SP must point at the CPU frame: the entry SP plus the error code's size when the vector "
                    + "pushes one (it must be popped), else exactly the entry SP."),
    WRONG_ERROR_CODE(Side.BOTH, null,
            "the handler reads its error code from the wrong place",
            "The error code sits right below the CPU frame; reading another slot (e.g. the frame's RIP, "
                    + "rust#57270) gives the wrong value. Decided statically only where the IR-to-code mapping is known."),
    GPR_CLOBBERED(Side.BOTH, null,
            "a general-purpose register is changed and not restored",
            "Every general-purpose register the handler or a callee may change must be saved and restored: "
                    + "the interrupted code does not expect any register to change."),
    VECTOR_CLOBBERED(Side.BOTH, null,
            "a vector register (or part of one) is changed and not restored",
            "Judged against the machine's register file, not the handler's features: a VEX instruction or a "
                    + "callee may change the upper halves of ymm/zmm registers that the handler never names."),
    SEGMENT_CLOBBERED(Side.BOTH, null,
            "a segment register (or FS/GS base) is changed and not restored",
            "iret reloads CS and SS (SS only on x86-64) but not DS, ES, FS or GS, nor the FS/GS bases: a handler that "
                    + "loads its own data segment (mov, pop, lds/les/lfs/lgs/lss), writes a base (wrfsbase, wrmsr) or "
                    + "runs swapgs must put the interrupted code's back before iret, or that code continues with the handler's."),
    FLAGS_CLOBBERED(Side.ORACLE, null,
            "flags differ after iret",
            "iret restores EFLAGS from the frame, so only a handler that corrupts the frame's flags word changes them."),
    X87_STATE_CLOBBERED(Side.BOTH, null,
            "x87 state may change without a save and restore",
            "LLVM saves no x87 state in interrupt handlers (llvm#26785): any x87 instruction, or a call to code "
                    + "that may use x87, changes the interrupted code's x87 stack, tags and status word unless it "
                    + "is saved with fxsave/fnsave/xsave and restored."),
    MMX_STATE_CLOBBERED(Side.BOTH, null,
            "MMX state may change without a save and restore",
            "MMX registers alias the x87 stack; any MMX instruction (or emms) changes the interrupted code's "
                    + "x87/MMX state unless it is saved and restored (llvm#26785)."),
    MXCSR_CLOBBERED(Side.BOTH, null,
            "MXCSR status flags may change without a save and restore",
            "Nearly every SSE/AVX floating-point operation sets MXCSR exception flags; the interrupted code then "
                    + "sees flags it did not raise. LLVM never saves MXCSR (llvm#41189)."),
    FP_ENV_INHERITED(Side.BOTH, null,
            "the body computes with the interrupted code's FCW/MXCSR",
            "Rounding mode, precision and exception masks belong to the interrupted code; a handler that computes "
                    + "without loading its own control words may round differently or trap on unmasked exceptions."),
    MISSING_CLD(Side.BOTH, null,
            "the direction flag is not cleared before a string instruction or call",
            "The interrupted code may run with DF=1; the ABI requires DF=0 at calls and string instructions "
                    + "assume the direction the compiler chose. A handler must clear it (cld) before either."),
    RED_ZONE_USE(Side.STATIC, "stack-below-sp-use",
            "a 64-bit handler keeps data below SP",
            "An NMI or fault taken on the same stack overwrites anything below SP. The interrupted code's own red "
                    + "zone is out of this analysis' reach: it must be compiled with -mno-red-zone."),
    FRAME_WRITE_DROPPED(Side.STATIC, null,
            "a store to the by-value frame was removed by the optimiser",
            "By IR semantics the byval frame is the handler's own copy, so the optimiser may drop stores to it; "
                    + "the front end must use volatile stores when the handler means to change the frame."),
    RESERVED_REGISTER_CLOBBERED(Side.STATIC, null,
            "inline asm clobbers the frame or base pointer",
            "Realignment reserves the frame pointer (and a base pointer with dynamic allocas); inline asm that "
                    + "clobbers them breaks the way back to the entry SP."),
    STACK_MEMORY_CLOBBERED(Side.ORACLE, null,
            "stack memory outside the handler's frame changed",
            "The interrupted code's stack above the CPU frame must be left as it was."),
    STACK_BELOW_SP_USE(Side.ORACLE, "red-zone-use",
            "memory below the handler's lowest legal SP changed",
            "Seen on the emulated CPU: the guard area below the handler's stack changed."),
    HANDLER_FAULT(Side.ORACLE, null,
            "the handler faulted",
            "Seen on the emulated CPU: an exception was raised inside the handler."),
    TRIPLE_FAULT(Side.ORACLE, null,
            "the machine triple-faulted",
            "Seen on the emulated CPU: a fault could not be delivered and the machine reset."),
    UNKNOWN_INSTRUCTION(Side.STATIC, null,
            "the analyser met an instruction or control flow it does not model",
            "The analyser fails closed: what it cannot classify makes the verdict UNDECIDED, never OK.");

    public final Side side;
    private final String counterpart;
    public final String summary;
    public final String explanation;

    FindingKind(Side side, String counterpart, String summary, String explanation) {
        this.side = side;
        this.counterpart = counterpart;
        this.summary = summary;
        this.explanation = explanation;
    }

    /** The id users see, e.g. {@code misaligned-call-site}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind that decides the same hazard on the other side, if any. */
    public FindingKind counterpart() {
        return counterpart == null ? null : byId(counterpart);
    }

    public static FindingKind byId(String id) {
        for (FindingKind k : values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown finding kind '" + id + "'");
    }

    @Override
    public String toString() {
        return id();
    }
}
