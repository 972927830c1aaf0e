package org.iretlab.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.iretlab.handler.FrameType;
import org.iretlab.handler.HandlerAttribute;
import org.iretlab.handler.HandlerSpec;
import org.iretlab.target.Target;
import picocli.CommandLine.Option;

/** A handler described on the command line instead of a file: turned into a {@link HandlerSpec}. */
public final class HandlerOptions {
    @Option(names = "--params", paramLabel = "N",
            description = "Build a handler with N parameters: 0, 1 (frame) or 2 (frame, error code).")
    Integer parameters;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "handler", description = "The handler's name (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--frame", paramLabel = "TYPE", defaultValue = "words",
            description = "The byval frame type: words (5 native words), byte (Clang's void *) or pointer (a by-reference frame).")
    String frame;

    @Option(names = "--error-code-bits", paramLabel = "BITS", defaultValue = "0",
            description = "Width of the error code parameter (default: the native word).")
    int errorCodeBits;

    @Option(names = "--body", paramLabel = "F", split = ",",
            description = "Body features: call[=NAME], vector=BITS:ALIGN, local=BYTES, x87, float, i64-div, i64-fp, mmx, "
                    + "clobber=REG[+REG...], frame-ip-write, frame-ip-write-volatile, pressure=N, error-code.")
    List<String> body = new ArrayList<>();

    @Option(names = "--attr", paramLabel = "A", split = ",",
            description = "Function attributes: stackrealign, alignstack=N, no-realign-stack, noredzone, "
                    + "frame-pointer=none|non-leaf|all, probe-stack=NAME, disable-tail-calls.")
    List<String> attributes = new ArrayList<>();

    boolean given() {
        return parameters != null;
    }

    HandlerSpec toSpec(Target target) {
        Map<HandlerAttribute, String> attrs = new EnumMap<>(HandlerAttribute.class);
        for (String a : attributes) {
            String[] kv = a.split("=", 2);
            attrs.put(HandlerAttribute.byName(kv[0]), kv.length > 1 ? kv[1] : "");
        }
        return new HandlerSpec(name, target, parameters, FrameType.parse(frame), errorCodeBits,
                body.stream().map(HandlerSpec::feature).toList(), attrs);
    }
}
