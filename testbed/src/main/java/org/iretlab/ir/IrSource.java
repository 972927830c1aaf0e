package org.iretlab.ir;

import org.iretlab.common.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * IR as the user gave it: textual {@code .ll} or bitcode, with the name that error messages use.
 */
public record IrSource(String name, byte[] bytes) {
    private static final byte[] BITCODE_MAGIC = {'B', 'C', (byte) 0xC0, (byte) 0xDE};
    private static final byte[] BITCODE_WRAPPER_MAGIC = {(byte) 0xDE, (byte) 0xC0, 0x17, 0x0B};

    public static IrSource read(Path file) {
        try {
            return new IrSource(file.toString(), Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file: give the path of a .ll or .bc file");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
    }

    public static IrSource ofText(String name, String text) {
        return new IrSource(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public boolean isBitcode() {
        return startsWith(BITCODE_MAGIC) || startsWith(BITCODE_WRAPPER_MAGIC);
    }

    /** The text, for textual IR; bitcode has no lines to point at. */
    public String text() {
        return isBitcode() ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    private boolean startsWith(byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
