package org.iretlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import org.iretlab.backend.CompileOptions;
import org.iretlab.backend.CompileOutcome;
import org.iretlab.backend.CompileResult;
import org.iretlab.common.InputException;
import org.iretlab.target.Triples;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compile", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compile an interrupt handler with the embedded LLVM: a .ll or .bc file, or a handler "
                + "described with --params/--body/--attr.",
                "Files and descriptions run in a worker JVM, so an LLVM fatal error is reported as a crash (exit 3) "
                + "instead of ending iretlab; a CPU the LLVM does not know, an error code outside 1-64 bits or an "
                + "alignstack that is not a power of two is refused first (exit 2)."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:ok", "2:usage or input error (including a refused prototype)", "3:LLVM crashed or hung"})
final class CompileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A .ll or .bc file.")
    Path file;

    @Mixin
    TargetOptions target = new TargetOptions();

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--emit", paramLabel = "KIND", defaultValue = "asm",
            description = "asm (default), obj (an ELF object; needs -o) or ir (the IR given to codegen).")
    String emit;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the output here instead of stdout.")
    Path output;

    @Override
    public Integer call() throws IOException {
        CompileOptions.Emit kind = parseEmit(emit);
        if (kind == CompileOptions.Emit.OBJ && output == null) {
            throw new InputException("--emit obj writes a binary ELF object: give -o FILE");
        }
        if ((file == null) == !input.handler.given()) {
            throw new InputException("give either a .ll/.bc FILE or a handler description (--params N ...), not "
                    + (file == null ? "neither" : "both"));
        }
        CompileOutcome outcome;
        try (Compilation compilation = input.open()) {
            outcome = file != null
                    ? compilation.compileFile(file, target.toCompileOptions(EnumSet.of(kind), input.skipPrototypeCheck))
                    : compilation.compileSpec(input.handler, target, EnumSet.of(kind));
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!outcome.compiled()) {
            err.println("iretlab: " + outcome.status().name().toLowerCase() + ": " + outcome.message());
            return ExitCodes.of(outcome.status());
        }
        CompileResult result = outcome.result();
        String notElf = kind == CompileOptions.Emit.OBJ ? Triples.notElf(result.triple()) : null;
        if (notElf != null) {
            throw new InputException("--emit obj writes ELF objects: " + notElf);
        }
        result.warnings().forEach(w -> err.println("iretlab: warning: " + w));
        result.passLog().forEach(p -> err.println("iretlab: pass " + p));
        byte[] bytes = switch (kind) {
            case ASM -> result.asm().getBytes(StandardCharsets.UTF_8);
            case IR -> result.ir().getBytes(StandardCharsets.UTF_8);
            case OBJ -> result.object();
        };
        if (output != null) {
            Files.write(output, bytes);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(new String(bytes, StandardCharsets.UTF_8));
            out.flush();
        }
        return ExitCodes.OK;
    }

    static CompileOptions.Emit parseEmit(String kind) {
        return switch (kind) {
            case "asm" -> CompileOptions.Emit.ASM;
            case "obj" -> CompileOptions.Emit.OBJ;
            case "ir" -> CompileOptions.Emit.IR;
            default -> throw new InputException("--emit " + kind + ": use asm, obj or ir");
        };
    }
}
