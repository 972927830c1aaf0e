package org.iretlab.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.Locale;

/**
 * Everything that decides an LLVM target machine. Two compiles with equal keys on one thread share
 * one target machine.
 *
 * @param optLevel 0 to 3, as llc's -O
 * @param codeModel default, tiny, small, kernel, medium or large (as llc's -code-model)
 * @param relocationModel default, static, pic or dynamic-no-pic (as llc's -relocation-model)
 */
public record TargetMachineKey(String triple, String cpu, String features, int optLevel, String codeModel,
        String relocationModel) {

    public TargetMachineKey {
        if (triple == null || triple.isBlank()) {
            throw new IllegalArgumentException("no target triple: give --triple or put one in the module");
        }
        cpu = cpu == null ? "" : cpu;
        features = features == null ? "" : features;
        codeModel = codeModel == null ? "default" : codeModel.toLowerCase(Locale.ROOT);
        relocationModel = relocationModel == null ? "default" : relocationModel.toLowerCase(Locale.ROOT);
        if (optLevel < 0 || optLevel > 3) {
            throw new IllegalArgumentException("optimisation level must be 0 to 3, got " + optLevel);
        }
        llvmCodeModel(codeModel);
        llvmRelocationModel(relocationModel);
    }

    int llvmOptLevel() {
        return switch (optLevel) {
            case 0 -> LLVMCodeGenLevelNone;
            case 1 -> LLVMCodeGenLevelLess;
            case 2 -> LLVMCodeGenLevelDefault;
            default -> LLVMCodeGenLevelAggressive;
        };
    }

    static int llvmCodeModel(String name) {
        return switch (name) {
            case "default" -> LLVMCodeModelDefault;
            case "tiny" -> LLVMCodeModelTiny;
            case "small" -> LLVMCodeModelSmall;
            case "kernel" -> LLVMCodeModelKernel;
            case "medium" -> LLVMCodeModelMedium;
            case "large" -> LLVMCodeModelLarge;
            default -> throw new IllegalArgumentException("unknown code model '" + name
                    + "': use default, tiny, small, kernel, medium or large");
        };
    }

    static int llvmRelocationModel(String name) {
        return switch (name) {
            case "default" -> LLVMRelocDefault;
            case "static" -> LLVMRelocStatic;
            case "pic" -> LLVMRelocPIC;
            case "dynamic-no-pic" -> LLVMRelocDynamicNoPic;
            default -> throw new IllegalArgumentException("unknown relocation model '" + name
                    + "': use default, static, pic or dynamic-no-pic");
        };
    }
}
