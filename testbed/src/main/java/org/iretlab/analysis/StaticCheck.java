package org.iretlab.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iretlab.decode.DecodedFunction;
import org.iretlab.decode.DecodedObject;
import org.iretlab.lint.FrameStores;
import org.iretlab.llvm.CalleeAttributes;
import org.iretlab.llvm.InterruptHandlers;
import org.iretlab.llvm.OverAlignedArguments;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.FunctionVerdict;

/** The static verdicts on the handlers of one decoded object. */
public final class StaticCheck {

    /**
     * A handler to judge: its symbol, whether its vector pushes an error code, the registers its
     * inline asm declares it clobbers, the over-aligned locals it passes to callees and what the IR
     * states of the functions called in its module (the last three known only when the IR is at hand).
     */
    public record Handler(String symbol, boolean errorCode, List<String> asmClobbers,
            List<OverAlignedArguments.Argument> overAligned, List<CalleeAttributes> callees) {
        public Handler {
            callees = callees == null ? List.of() : List.copyOf(callees);
        }

        public Handler(String symbol, boolean errorCode) {
            this(symbol, errorCode, List.of(), List.of(), List.of());
        }

        /** What the IR says of a handler. */
        public static Handler of(InterruptHandlers.Prototype p) {
            return new Handler(p.name(), p.hasErrorCode(), p.asmClobbers(), p.overAligned(), p.callees());
        }
    }

    private StaticCheck() {}

    /**
     * The verdicts on the handlers of a compile: its decoded object, its IR facts, its features, and
     * LLVM's warnings (a reserved register in an inline asm clobber list is a finding of its handler).
     */
    public static List<FunctionVerdict> judge(DecodedObject object, String features, List<Handler> handlers, CheckOptions options,
            List<FrameStores.Store> droppedFrameStores, List<String> warnings) {
        return withReservedRegisterWarnings(judge(object, features, handlers, options, droppedFrameStores), handlers, warnings);
    }

    /**
     * LLVM's "inline asm clobber list contains reserved registers: EBP, ESI" warning, on each
     * handler whose inline asm declares one of those clobbers. (X86 LLVMs up to 22 were not seen to
     * emit it for EBP, ESI or ESP: they save such registers around the asm themselves; the lint
     * warns of the hazard either way.)
     */
    private static List<FunctionVerdict> withReservedRegisterWarnings(List<FunctionVerdict> verdicts, List<Handler> handlers,
            List<String> warnings) {
        List<String> reserved = new ArrayList<>();
        for (String w : warnings) {
            Matcher m = RESERVED_WARNING.matcher(w);
            if (m.find()) {
                for (String r : m.group(1).split(",")) {
                    reserved.add(r.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        if (reserved.isEmpty()) {
            return verdicts;
        }
        List<FunctionVerdict> out = new ArrayList<>();
        for (FunctionVerdict v : verdicts) {
            List<Finding> findings = new ArrayList<>(v.findings());
            handlers.stream().filter(h -> h.symbol().equals(v.function())).flatMap(h -> h.asmClobbers().stream())
                    .filter(reserved::contains).distinct().forEach(r -> findings.add(Finding.inIr(
                            FindingKind.RESERVED_REGISTER_CLOBBERED, "@" + v.function() + " inline asm",
                            "LLVM warns that the asm clobbers the reserved register " + r + ", which it may not preserve")));
            out.add(findings.size() == v.findings().size() ? v : FunctionVerdict.of(v.function(), findings, v.notes()));
        }
        return out;
    }

    private static final Pattern RESERVED_WARNING =
            Pattern.compile("inline asm clobber list contains reserved registers: (.+)$");

    /**
     * Inline asm that declares x87 or MMX clobbers: LLVM saves nothing for them, so unless the code
     * saves the whole FP state itself, what the asm text may do goes unsaved. (Clang's habitual
     * {@code ~{fpsr}} and {@code ~{dirflag}} are not counted: they say nothing about the asm's use of x87.)
     */
    private static List<Finding> declaredFpClobbers(Handler h, DecodedFunction code) {
        boolean savesFpState = code.instructions().stream()
                .anyMatch(i -> i.text().matches("(fxsave|fnsave|xsave)\\S*\\s.*"));
        List<Finding> out = new ArrayList<>();
        if (savesFpState) {
            return out;
        }
        for (String r : h.asmClobbers()) {
            FindingKind kind = r.matches("st(\\(\\d\\))?|fp\\d") ? FindingKind.X87_STATE_CLOBBERED
                    : r.matches("mm\\d") ? FindingKind.MMX_STATE_CLOBBERED : null;
            if (kind != null) {
                out.add(Finding.inIr(kind, "@" + h.symbol() + " inline asm", "declares it clobbers " + r
                        + ", and LLVM saves no " + (kind == FindingKind.MMX_STATE_CLOBBERED ? "MMX" : "x87") + " state for it"));
            }
        }
        return out;
    }

    /**
     * @param features the target features the code was built with (they decide the default register file)
     * @param droppedFrameStores frame stores the IR pipeline removed, reported on their handler
     */
    public static List<FunctionVerdict> judge(DecodedObject object, String features, List<Handler> handlers,
            CheckOptions options, List<FrameStores.Store> droppedFrameStores) {
        List<FunctionVerdict> out = new ArrayList<>();
        // One set of callee summaries for every handler of the object: each function is analysed once per check.
        Callees callees = handlers.isEmpty() ? null : new Callees(object, options.facts(object.triple(), features, handlers.get(0)));
        for (Handler h : handlers) {
            Optional<DecodedFunction> function = object.function(h.symbol());
            if (function.isEmpty()) {
                out.add(FunctionVerdict.of(h.symbol(), List.of(Finding.inIr(FindingKind.UNKNOWN_INSTRUCTION, "@" + h.symbol(),
                        "no function of that name in the object: nothing to judge")), List.of()));
                continue;
            }
            TargetFacts facts = options.facts(object.triple(), features, h);
            if (options.registerFile() == null || options.registerFile().isEmpty()) {
                facts = facts.withStateUsedBy(function.get());
            }
            FunctionVerdict v = HandlerAnalyser.analyse(function.get(), facts, callees);
            List<Finding> findings = new ArrayList<>(v.findings());
            for (FrameStores.Store s : droppedFrameStores) {
                if (s.function().equals(h.symbol())) {
                    findings.add(Finding.inIr(FindingKind.FRAME_WRITE_DROPPED, "@" + h.symbol(),
                            s.describe() + " is gone after the IR pipeline; the front end must make it volatile"));
                }
            }
            findings.addAll(declaredFpClobbers(h, function.get()));
            out.add(FunctionVerdict.of(v.function(), findings, v.notes()));
        }
        return out;
    }
}
