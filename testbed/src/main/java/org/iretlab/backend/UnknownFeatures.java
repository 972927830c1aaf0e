package org.iretlab.backend;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMAttributeRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The target features a module's functions name (their "target-features" attributes, as front ends
 * write them) that this LLVM does not know. LLVM ignores such a feature after printing
 * "'-avx512pf' is not a recognized feature for this target (ignoring feature)" on the process's
 * standard error, where, in this process, no one can tell which compile it came from: a front end of
 * another LLVM version names features this one removed (LLVM 19 dropped 3dnow, avx512er and avx512pf).
 * So the features are asked about once ({@link TargetProbe#unknownFeatures}, in a child), taken out
 * before codegen (LLVM would ignore them: the code is the same), and the compile's warnings say so
 * where it matters: turning off a feature this LLVM does not have is harmless and said nowhere;
 * asking for one is said, with the compile it belongs to.
 */
final class UnknownFeatures {
    private static final String KEY = "target-features";

    private UnknownFeatures() {}

    /** Takes the unknown features out of every function's target-features; returns the warnings of the compile of {@code where}. */
    static List<String> drop(LLVMModuleRef module, String triple, String llvmName, String where) {
        Map<LLVMValueRef, List<String>> byFunction = new LinkedHashMap<>();
        Set<String> named = new TreeSet<>();
        for (LLVMValueRef fn = LLVMGetFirstFunction(module); fn != null && !fn.isNull(); fn = LLVMGetNextFunction(fn)) {
            LLVMAttributeRef a = LLVMGetStringAttributeAtIndex(fn, LLVMAttributeFunctionIndex, KEY, KEY.length());
            if (a != null && !a.isNull()) {
                List<String> features = List.of(value(a).split(",")).stream().map(String::strip).filter(f -> !f.isEmpty()).toList();
                byFunction.put(fn, features);
                named.addAll(features);
            }
        }
        if (named.isEmpty()) {
            return List.of();
        }
        Set<String> unknown = TargetProbe.unknownFeatures(triple, named);
        if (unknown.isEmpty()) {
            return List.of();
        }
        byFunction.forEach((fn, features) -> {
            List<String> kept = features.stream().filter(f -> !unknown.contains(f)).toList();
            if (kept.size() != features.size()) {
                String v = String.join(",", kept);
                LLVMRemoveStringAttributeAtIndex(fn, LLVMAttributeFunctionIndex, KEY, KEY.length());
                LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                        LLVMCreateStringAttribute(LLVMGetModuleContext(module), KEY, KEY.length(), v, v.length()));
            }
        });
        List<String> asked = new ArrayList<>(unknown.stream().filter(f -> f.startsWith("+")).sorted().toList());
        return asked.isEmpty() ? List.of()
                : List.of(where + ": the functions' target-features ask for " + String.join(", ", asked) + ", which " + llvmName
                        + " does not know for " + triple + ": ignored, as LLVM ignores them");
    }

    private static String value(LLVMAttributeRef a) {
        IntPointer length = new IntPointer(1);
        BytePointer text = LLVMGetStringAttributeValue(a, length);
        byte[] bytes = new byte[length.get()];
        text.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
