package org.iretlab.handler;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTargetDataRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.iretlab.common.InputException;
import org.iretlab.ir.IrReader;
import org.iretlab.llvm.Llvm;

/**
 * Builds the IR of a {@link HandlerSpec} through LLVM-C: one x86_intrcc function with the spec's
 * prototype, attributes and body, in a module with the target's triple and data layout, verified.
 *
 * <p>Every global the body touches is defined or declared hidden, which makes it dso_local: the
 * C API cannot set dso_local directly, and without it x86-64 code goes through the GOT/PLT.
 */
public final class HandlerIrBuilder {
    private final LLVMContextRef context;
    private final LLVMTargetMachineRef targetMachine;

    public HandlerIrBuilder(LLVMContextRef context, LLVMTargetMachineRef targetMachine) {
        this.context = context;
        this.targetMachine = targetMachine;
    }

    /** A verified module owned by the caller. */
    public LLVMModuleRef build(HandlerSpec spec) {
        checkShape(spec);
        LLVMModuleRef module = LLVMModuleCreateWithNameInContext(spec.name(), context);
        LLVMSetTarget(module, spec.target().triple());
        // The data layout must be set before building, or loads and stores get the wrong alignment.
        LLVMTargetDataRef layout = LLVMCreateTargetDataLayout(targetMachine);
        LLVMSetModuleDataLayout(module, layout);
        LLVMDisposeTargetData(layout);

        new FunctionBuilder(spec, module).build();
        IrReader.verify(module, "handler spec " + spec.name());
        return module;
    }

    private static void checkShape(HandlerSpec spec) {
        boolean needsFrame = spec.body().stream().anyMatch(f -> f instanceof BodyFeature.FrameIpWrite);
        if (needsFrame && (spec.parameters() == 0 || spec.frame() != FrameType.WORDS)) {
            throw new InputException("handler spec " + spec.name() + ": frame-ip-write needs the frame parameter "
                    + "with the words frame type (--params 1 or 2, --frame words)");
        }
        boolean needsErrorCode = spec.body().stream().anyMatch(f -> f instanceof BodyFeature.ErrorCodeRead);
        if (needsErrorCode && spec.parameters() < 2) {
            throw new InputException("handler spec " + spec.name() + ": error-code needs the error code "
                    + "parameter (--params 2)");
        }
    }

    /**
     * Puts one attribute on a function as LLVM stores it (enum or string attribute): the builder's
     * specs and explore's mutations of corpus cases spell attributes the same way.
     */
    public static void addAttribute(LLVMContextRef context, LLVMValueRef function, HandlerAttribute attribute, String value) {
        switch (attribute.kind) {
            case STRING_FLAG -> addStringAttribute(context, function, attribute.irName, "");
            case STRING_TRUE -> addStringAttribute(context, function, attribute.irName, "true");
            case STRING_VALUE -> addStringAttribute(context, function, attribute.irName, value);
            case ENUM_FLAG -> LLVMAddAttributeAtIndex(function, LLVMAttributeFunctionIndex,
                    LLVMCreateEnumAttribute(context, enumKind(attribute.irName), 0));
            case ENUM_INT -> LLVMAddAttributeAtIndex(function, LLVMAttributeFunctionIndex,
                    LLVMCreateEnumAttribute(context, enumKind(attribute.irName), parseAttributeInt(attribute, value)));
        }
    }

    private static void addStringAttribute(LLVMContextRef context, LLVMValueRef function, String name, String value) {
        LLVMAddAttributeAtIndex(function, LLVMAttributeFunctionIndex,
                LLVMCreateStringAttribute(context, name, name.length(), value, value.length()));
    }

    private static int enumKind(String name) {
        int kind = LLVMGetEnumAttributeKindForName(name, name.length());
        if (kind == 0) {
            throw new IllegalStateException("LLVM " + Llvm.version() + " has no attribute '" + name + "'");
        }
        return kind;
    }

    private static long parseAttributeInt(HandlerAttribute attribute, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InputException("attribute " + attribute.irName + "=" + value + ": expected a number");
        }
    }

    /** The state of building one handler function. */
    private final class FunctionBuilder {
        private final HandlerSpec spec;
        private final LLVMModuleRef module;
        private final LLVMTypeRef word;
        private final LLVMTypeRef ptr;
        private final LLVMTypeRef voidFn;
        private final LLVMBuilderRef ir;
        private LLVMValueRef function;

        FunctionBuilder(HandlerSpec spec, LLVMModuleRef module) {
            this.spec = spec;
            this.module = module;
            this.word = LLVMIntTypeInContext(context, spec.target().wordBits());
            this.ptr = Llvm.pointerType(context);
            this.voidFn = LLVMFunctionType(LLVMVoidTypeInContext(context), new PointerPointer<>(0), 0, 0);
            this.ir = LLVMCreateBuilderInContext(context);
        }

        void build() {
            try {
                LLVMTypeRef frameType = frameType();
                List<LLVMTypeRef> params = new ArrayList<>();
                for (int i = 0; i < spec.parameters(); i++) {
                    params.add(i == 0 ? ptr : LLVMIntTypeInContext(context, spec.effectiveErrorCodeBits()));
                }
                LLVMTypeRef fnType = LLVMFunctionType(LLVMVoidTypeInContext(context), array(params), params.size(), 0);
                function = LLVMAddFunction(module, spec.name(), fnType);
                LLVMSetFunctionCallConv(function, LLVMX86INTRCallConv);
                if (spec.parameters() > 0) {
                    int byval = LLVMGetEnumAttributeKindForName("byval", 5);
                    LLVMAddAttributeAtIndex(function, 1, LLVMCreateTypeAttribute(context, byval, frameType));
                    LLVMSetValueName2(LLVMGetParam(function, 0), "frame", 5);
                }
                if (spec.parameters() > 1) {
                    LLVMSetValueName2(LLVMGetParam(function, 1), "error_code", 10);
                }
                spec.attributes().forEach((a, v) -> addAttribute(context, function, a, v));
                LLVMPositionBuilderAtEnd(ir, LLVMAppendBasicBlockInContext(context, function, "entry"));
                for (BodyFeature feature : spec.body()) {
                    emit(feature, frameType);
                }
                LLVMBuildRetVoid(ir);
            } finally {
                LLVMDisposeBuilder(ir);
            }
        }

        private LLVMTypeRef frameType() {
            return switch (spec.frame()) {
                case WORDS -> {
                    // Named per width and reused: the context outlives the module.
                    String name = "Frame" + spec.target().wordBits();
                    LLVMTypeRef frame = LLVMGetTypeByName2(context, name);
                    if (frame == null || frame.isNull()) {
                        frame = LLVMStructCreateNamed(context, name);
                        LLVMStructSetBody(frame, array(List.of(word, word, word, word, word)), 5, 0);
                    }
                    yield frame;
                }
                case BYTE -> LLVMInt8TypeInContext(context);
                case POINTER -> ptr;
            };
        }

        private void emit(BodyFeature feature, LLVMTypeRef frameType) {
            if (feature instanceof BodyFeature.CallExternal call) {
                LLVMValueRef callee = LLVMGetNamedFunction(module, call.function());
                if (callee == null || callee.isNull()) {
                    callee = LLVMAddFunction(module, call.function(), voidFn);
                    LLVMSetVisibility(callee, LLVMHiddenVisibility);
                }
                LLVMBuildCall2(ir, voidFn, callee, new PointerPointer<>(0), 0, "");
            } else if (feature instanceof BodyFeature.VectorLocal v) {
                LLVMTypeRef type = LLVMVectorType(LLVMInt32TypeInContext(context), v.bits() / 32);
                LLVMValueRef local = LLVMBuildAlloca(ir, type, "vector");
                LLVMSetAlignment(local, v.align());
                LLVMValueRef splat = LLVMConstAllOnes(type);
                volatileStore(splat, local, v.align());
                LLVMValueRef loaded = volatileLoad(type, local, v.align(), "vector.value");
                volatileStore(loaded, local, v.align());
            } else if (feature instanceof BodyFeature.ByteArrayLocal a) {
                LLVMTypeRef i8 = LLVMInt8TypeInContext(context);
                LLVMTypeRef type = LLVMArrayType(i8, a.bytes());
                LLVMValueRef local = LLVMBuildAlloca(ir, type, "bytes");
                volatileStore(LLVMConstInt(i8, 1, 0), elementAt(type, local, 0), 1);
                volatileStore(LLVMConstInt(i8, 2, 0), elementAt(type, local, a.bytes() - 1), 1);
            } else if (feature instanceof BodyFeature.X87Arithmetic) {
                floatArithmetic(LLVMX86FP80TypeInContext(context), "x87_value");
            } else if (feature instanceof BodyFeature.FloatArithmetic) {
                floatArithmetic(LLVMFloatTypeInContext(context), "float_value");
            } else if (feature instanceof BodyFeature.I64Division) {
                LLVMTypeRef i64 = LLVMInt64TypeInContext(context);
                LLVMValueRef n = volatileLoad(i64, global("i64_numerator", i64), 8, "n");
                // Not zero: the handler must be judged on the division it compiles to, not fault with #DE when run.
                LLVMValueRef q = volatileLoad(i64, global("i64_denominator", i64, LLVMConstInt(i64, 7, 0)), 8, "d");
                volatileStore(LLVMBuildSDiv(ir, n, q, "quotient"), global("i64_quotient", i64), 8);
                volatileStore(LLVMBuildURem(ir, n, q, "remainder"), global("i64_remainder", i64), 8);
            } else if (feature instanceof BodyFeature.I64DoubleConversion) {
                LLVMTypeRef i64 = LLVMInt64TypeInContext(context);
                LLVMTypeRef f64 = LLVMDoubleTypeInContext(context);
                // Values whose conversions are inexact: the precision flag they raise is what the
                // static verdict's MXCSR or x87 finding is about, so the oracle sees it too.
                LLVMValueRef i = volatileLoad(i64, global("i64_value", i64, LLVMConstInt(i64, INEXACT_AS_DOUBLE, 0)), 8, "i");
                volatileStore(LLVMBuildSIToFP(ir, i, f64, "as_double"), global("double_from_i64", f64), 8);
                LLVMValueRef d = volatileLoad(f64, global("double_value", f64, LLVMConstReal(f64, 2.5)), 8, "d");
                volatileStore(LLVMBuildFPToSI(ir, d, i64, "as_i64"), global("i64_from_double", i64), 8);
            } else if (feature instanceof BodyFeature.MmxUse) {
                inlineAsm("pxor %mm0, %mm0\n\tpaddd %mm1, %mm0\n\temms", "~{mm0},~{mm1}");
            } else if (feature instanceof BodyFeature.AsmClobbers c) {
                inlineAsm(String.join("\n\t", c.registers().stream().map(HandlerIrBuilder::clobberText).filter(t -> !t.isEmpty())
                        .toList()), String.join(",", c.registers().stream().map(r -> "~{" + r + "}").toList()));
            } else if (feature instanceof BodyFeature.FrameIpWrite w) {
                LLVMValueRef ipSlot = LLVMBuildStructGEP2(ir, frameType, LLVMGetParam(function, 0), 0, "ip.slot");
                LLVMValueRef ip = LLVMBuildLoad2(ir, word, ipSlot, "ip");
                LLVMValueRef next = LLVMBuildAdd(ir, ip, LLVMConstInt(word, w.bytes(), 0), "ip.next");
                LLVMValueRef store = LLVMBuildStore(ir, next, ipSlot);
                LLVMSetVolatile(store, w.isVolatile() ? 1 : 0);
            } else if (feature instanceof BodyFeature.RegisterPressure p) {
                LLVMValueRef values = global("pressure_values", LLVMArrayType(word, p.values()));
                List<LLVMValueRef> live = new ArrayList<>();
                for (int i = 0; i < p.values(); i++) {
                    live.add(volatileLoad(word, element(values, i, p.values()), spec.target().wordBits() / 8, "v" + i));
                }
                // Stored back in reverse, so every value is live across all the loads.
                for (int i = p.values() - 1; i >= 0; i--) {
                    volatileStore(live.get(i), element(values, i, p.values()), spec.target().wordBits() / 8);
                }
            } else if (feature instanceof BodyFeature.ErrorCodeRead) {
                LLVMValueRef code = LLVMGetParam(function, 1);
                volatileStore(code, global("error_code_seen", LLVMTypeOf(code)), 0);
            }
        }

        private void floatArithmetic(LLVMTypeRef type, String name) {
            // 0.1 in the type's own precision (parsed, not a double widened to x86_fp80, whose low bits are zero)
            // has every mantissa bit in use, so x * 3 rounds and raises the precision flag: a zero raised none,
            // and the oracle could not see what the static verdict reports.
            LLVMValueRef slot = global(name, type, LLVMConstRealOfString(type, "0.1"));
            LLVMValueRef x = volatileLoad(type, slot, 0, name);
            LLVMValueRef scaled = LLVMBuildFMul(ir, x, LLVMConstReal(type, 3.0), "scaled");
            volatileStore(LLVMBuildFAdd(ir, scaled, LLVMConstReal(type, 1.0), "sum"), slot, 0);
        }

        private void inlineAsm(String asm, String constraints) {
            LLVMValueRef callee = LLVMGetInlineAsm(voidFn, new BytePointer(asm), asm.length(),
                    new BytePointer(constraints), constraints.length(), 1, 0, LLVMInlineAsmDialectATT, 0);
            LLVMBuildCall2(ir, voidFn, callee, new PointerPointer<>(0), 0, "");
        }

        /** A zero-initialised hidden global of the given type. */
        private LLVMValueRef global(String name, LLVMTypeRef type) {
            return global(name, type, LLVMConstNull(type));
        }

        private LLVMValueRef global(String name, LLVMTypeRef type, LLVMValueRef initial) {
            LLVMValueRef existing = LLVMGetNamedGlobal(module, name);
            if (existing != null && !existing.isNull()) {
                return existing;
            }
            LLVMValueRef g = LLVMAddGlobal(module, type, name);
            LLVMSetInitializer(g, initial);
            LLVMSetVisibility(g, LLVMHiddenVisibility);
            return g;
        }

        private LLVMValueRef element(LLVMValueRef array, int index, int length) {
            return elementAt(LLVMArrayType(word, length), array, index);
        }

        /** The address of element {@code index} of an array-typed object. */
        private LLVMValueRef elementAt(LLVMTypeRef arrayType, LLVMValueRef array, int index) {
            LLVMTypeRef i32 = LLVMInt32TypeInContext(context);
            List<LLVMValueRef> indices = List.of(LLVMConstInt(i32, 0, 0), LLVMConstInt(i32, index, 0));
            return LLVMBuildInBoundsGEP2(ir, arrayType, array, array(indices), 2, "slot" + index);
        }

        private LLVMValueRef volatileLoad(LLVMTypeRef type, LLVMValueRef address, int align, String name) {
            LLVMValueRef load = LLVMBuildLoad2(ir, type, address, name);
            LLVMSetVolatile(load, 1);
            if (align > 0) {
                LLVMSetAlignment(load, align);
            }
            return load;
        }

        private void volatileStore(LLVMValueRef value, LLVMValueRef address, int align) {
            LLVMValueRef store = LLVMBuildStore(ir, value, address);
            LLVMSetVolatile(store, 1);
            if (align > 0) {
                LLVMSetAlignment(store, align);
            }
        }
    }

    /** 2^53 + 1: the smallest positive i64 a double cannot hold. */
    private static final long INEXACT_AS_DOUBLE = (1L << 53) + 1;

    /**
     * The asm text that really does what a declared clobber says, so that the machine shows what the
     * static verdict reports for it: for the x87 stack a push and a pop (a physical register and the
     * status word change), for an MMX register a write without {@code emms} (the register, the tag word
     * and TOP change). Other registers get no text: LLVM saves what the asm says it clobbers.
     */
    static String clobberText(String register) {
        if (register.matches("st(\\(\\d\\))?|fp\\d")) {
            return "fld1\n\tfstp %st(0)";
        }
        return register.matches("mm\\d") ? "pcmpeqd %" + register + ", %" + register : "";
    }

    /**
     * A native array of the values. {@code new PointerPointer<>(x)} with one argument is a cast, not
     * a one-element array, and silently builds wrong types: always allocate and put.
     */
    private static <T extends Pointer> PointerPointer<T> array(List<T> values) {
        PointerPointer<T> out = new PointerPointer<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            out.put(i, values.get(i));
        }
        return out;
    }
}
