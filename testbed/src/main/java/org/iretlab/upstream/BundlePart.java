package org.iretlab.upstream;

/** The sections of a bug report, in order, by the headings the Markdown uses and the check looks for. */
public enum BundlePart {
    SUMMARY("Summary"),
    IR("Reproducer (LLVM IR)"),
    COMMANDS("llc command lines"),
    ASSEMBLY("Offending assembly"),
    TABLE("Outcome across LLVM versions"),
    ORACLE("On an emulated CPU (iretlab's execution oracle)"),
    CORRECT("What correct code does"),
    GCC("What GCC does");

    public final String heading;

    BundlePart(String heading) {
        this.heading = heading;
    }

    /** The Markdown heading line of this part. */
    public String line() {
        return "### " + heading;
    }
}
