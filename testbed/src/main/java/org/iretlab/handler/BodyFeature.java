package org.iretlab.handler;

import java.util.Arrays;
import java.util.List;

/**
 * One thing a handler's body does. Each feature exists to make the backend emit a construct that
 * interrupt handlers get wrong: calls (stack alignment, caller-saved state), aligned locals
 * (realignment), x87/MMX (state that is never saved), libcalls, frame writes, spills.
 *
 * <p>Every feature has a token, the spelling the CLI's {@code --body} takes and {@link #parse} reads.
 */
public sealed interface BodyFeature {

    String token();

    /** {@code call[=NAME]}: a call to an external function {@code void NAME()}. */
    record CallExternal(String function) implements BodyFeature {
        public String token() {
            return "call=" + function;
        }
    }

    /** {@code vector=BITS:ALIGN}: a local vector of BITS bits aligned to ALIGN, touched with volatile accesses. */
    record VectorLocal(int bits, int align) implements BodyFeature {
        public VectorLocal {
            if (bits % 32 != 0 || bits < 64 || bits > 512) {
                throw new IllegalArgumentException("vector width must be a multiple of 32 from 64 to 512 bits, got " + bits);
            }
            if (Integer.bitCount(align) != 1 || align > 4096) {
                throw new IllegalArgumentException("vector alignment must be a power of two up to 4096, got " + align);
            }
        }

        public String token() {
            return "vector=" + bits + ":" + align;
        }
    }

    /** {@code local=BYTES}: a byte-array local of BYTES bytes, first and last byte written (large frames, stack probes). */
    record ByteArrayLocal(int bytes) implements BodyFeature {
        public ByteArrayLocal {
            if (bytes < 1 || bytes > (1 << 24)) {
                throw new IllegalArgumentException("local takes 1 to 16777216 bytes, got " + bytes);
            }
        }

        public String token() {
            return "local=" + bytes;
        }
    }

    /** {@code x87}: x86_fp80 arithmetic, which only the x87 unit can do. */
    record X87Arithmetic() implements BodyFeature {
        public String token() {
            return "x87";
        }
    }

    /** {@code float}: float arithmetic (SSE, or x87 when SSE is off). */
    record FloatArithmetic() implements BodyFeature {
        public String token() {
            return "float";
        }
    }

    /** {@code i64-div}: 64-bit signed division and remainder (libcalls on 32-bit). */
    record I64Division() implements BodyFeature {
        public String token() {
            return "i64-div";
        }
    }

    /** {@code i64-fp}: i64 to double and back (x87 or libcalls on 32-bit). */
    record I64DoubleConversion() implements BodyFeature {
        public String token() {
            return "i64-fp";
        }
    }

    /** {@code mmx}: MMX instructions in inline asm, the only way IR still reaches MMX registers. */
    record MmxUse() implements BodyFeature {
        public String token() {
            return "mmx";
        }
    }

    /** {@code clobber=REG[+REG...]}: an empty inline asm that clobbers the named registers. */
    record AsmClobbers(List<String> registers) implements BodyFeature {
        public AsmClobbers {
            if (registers.isEmpty()) {
                throw new IllegalArgumentException("clobber needs at least one register, e.g. clobber=ebx+xmm0");
            }
            registers = List.copyOf(registers);
        }

        public String token() {
            return "clobber=" + String.join("+", registers);
        }
    }

    /**
     * {@code frame-ip-write[-volatile][=N]}: {@code frame->ip += N} (2 unless given), as a handler skipping
     * the instruction that raised it does.
     */
    record FrameIpWrite(boolean isVolatile, int bytes) implements BodyFeature {
        public FrameIpWrite {
            if (bytes < 1 || bytes > 15) {
                throw new IllegalArgumentException("frame-ip-write skips 1 to 15 bytes (an x86 instruction's length), got " + bytes);
            }
        }

        public String token() {
            return (isVolatile ? "frame-ip-write-volatile" : "frame-ip-write") + (bytes == 2 ? "" : "=" + bytes);
        }
    }

    /** {@code pressure=N}: N values live at once, more than there are registers, so the handler spills. */
    record RegisterPressure(int values) implements BodyFeature {
        public RegisterPressure {
            if (values < 1 || values > 256) {
                throw new IllegalArgumentException("pressure takes 1 to 256 values, got " + values);
            }
        }

        public String token() {
            return "pressure=" + values;
        }
    }

    /** {@code error-code}: stores the error code parameter to a global, so the code that reads it is visible. */
    record ErrorCodeRead() implements BodyFeature {
        public String token() {
            return "error-code";
        }
    }

    /** Reads one token as {@link #token()} writes it. */
    static BodyFeature parse(String token) {
        String[] kv = token.strip().split("=", 2);
        String key = kv[0];
        String value = kv.length > 1 ? kv[1] : null;
        try {
            return switch (key) {
                case "call" -> new CallExternal(value == null ? "ext" : value);
                case "vector" -> {
                    String[] parts = require(key, value, "BITS:ALIGN").split(":");
                    if (parts.length != 2) {
                        throw new IllegalArgumentException("vector takes BITS:ALIGN, e.g. vector=256:32");
                    }
                    yield new VectorLocal(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                }
                case "local" -> new ByteArrayLocal(Integer.parseInt(require(key, value, "BYTES")));
                case "x87" -> new X87Arithmetic();
                case "float" -> new FloatArithmetic();
                case "i64-div" -> new I64Division();
                case "i64-fp" -> new I64DoubleConversion();
                case "mmx" -> new MmxUse();
                case "clobber" -> new AsmClobbers(Arrays.asList(require(key, value, "REG[+REG...]").split("\\+")));
                case "frame-ip-write", "frame-ip-write-volatile" ->
                        new FrameIpWrite(key.endsWith("volatile"), value == null ? 2 : Integer.parseInt(value));
                case "pressure" -> new RegisterPressure(Integer.parseInt(require(key, value, "N")));
                case "error-code" -> new ErrorCodeRead();
                default -> throw new IllegalArgumentException("unknown body feature '" + key + "': use call[=NAME], "
                        + "vector=BITS:ALIGN, local=BYTES, x87, float, i64-div, i64-fp, mmx, clobber=REG[+REG...], "
                        + "frame-ip-write[=N], frame-ip-write-volatile[=N], pressure=N or error-code");
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("body feature '" + token + "': not a number: " + e.getMessage());
        }
    }

    private static String require(String key, String value, String shape) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("body feature '" + key + "' needs a value: " + key + "=" + shape);
        }
        return value;
    }
}
