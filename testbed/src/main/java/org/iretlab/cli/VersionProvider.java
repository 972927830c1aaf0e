package org.iretlab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.iretlab.llvm.Llvm;
import picocli.CommandLine.IVersionProvider;

/** iretlab's own version and the embedded LLVM's. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "iretlab " + toolVersion(),
            "embedded LLVM " + Llvm.version() + " (Bytedeco preset " + Llvm.presetVersion() + ")",
        };
    }

    /** iretlab's own version, from the build. */
    static String toolVersion() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("iretlab.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
