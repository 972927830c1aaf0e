package org.iretlab.oracle;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.iretlab.decode.DecodedFunction;
import org.iretlab.decode.DecodedInstruction;
import org.iretlab.decode.DecodedObject;

/**
 * Why a scenario ended without the handler's iret, in the words of the linked kernel: halted at a
 * hlt, spinning in a loop, or a call to a function that does not return. Not a fault and not a
 * finding: handlers that panic or halt for ever are legitimate.
 *
 * @param summary what happened and where: the same for every scenario that stops the same way
 * @param detail where exactly in this scenario, or empty when the summary says it all
 */
record NotReturned(String summary, String detail) {

    /** The stop the harness reported, placed in the kernel's functions (the handler's, its callees', the stand-ins). */
    static NotReturned of(ScenarioRun.Stop stop, DecodedObject linked) {
        if (stop.kind() == ScenarioRun.Stop.Kind.NORETURN) {
            String callee = containing(linked, stop.at()).map(DecodedFunction::name).orElse(hex(stop.at()));
            Optional<DecodedInstruction> call = instructions(linked).filter(i -> i.address() + i.length() == stop.word()).findFirst();
            return new NotReturned("called noreturn " + callee, "the call at " + call.map(i -> place(linked, i, false))
                    .orElse(hex(stop.word())));
        }
        // The NMI that found the CPU halted returns to the instruction after the hlt.
        Optional<DecodedInstruction> halt = instructions(linked)
                .filter(i -> i.address() + i.length() == stop.at() && i.text().equals("hlt")).findFirst();
        if (halt.isPresent()) {
            return new NotReturned("halted at " + place(linked, halt.get(), true), "");
        }
        Optional<DecodedFunction> in = containing(linked, stop.at());
        if (in.isEmpty()) {
            return new NotReturned("the scenario did not end", "the CPU was at " + hex(stop.at())
                    + ", outside the handler and its callees");
        }
        return new NotReturned("spins in " + in.get().name(), "at " + in.get().instructions().stream()
                .filter(i -> i.address() == stop.at()).findFirst().map(i -> place(linked, i, true)).orElse(hex(stop.at())));
    }

    /** "0x101283 (hlt_handler+0x3: hlt)": the linked address, where that is in its function, and the instruction if asked. */
    private static String place(DecodedObject linked, DecodedInstruction i, boolean text) {
        return hex(i.address()) + containing(linked, i.address()).map(f -> " (" + f.name()
                + (i.address() == f.address() ? "" : "+0x" + Long.toHexString(i.address() - f.address()))
                + (text ? ": " + i.text() : "") + ")").orElse("");
    }

    private static Stream<DecodedInstruction> instructions(DecodedObject linked) {
        return linked.functions().stream().flatMap(f -> f.instructions().stream());
    }

    private static Optional<DecodedFunction> containing(DecodedObject linked, long address) {
        return linked.functions().stream().filter(f -> Long.compareUnsigned(address, f.address()) >= 0
                && Long.compareUnsigned(address - f.address(), Math.max(1, f.size())) < 0).findFirst();
    }

    private static String hex(long address) {
        return "0x" + Long.toHexString(address);
    }
}
