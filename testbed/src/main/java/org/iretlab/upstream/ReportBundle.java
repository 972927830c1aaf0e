package org.iretlab.upstream;

import java.util.List;

/**
 * The parts of a bug report, before they are Markdown: each is something a reader of an upstream
 * issue needs to see the bug, re-run it, and judge a fix.
 *
 * @param summary one paragraph: what is wrong, where, on which versions
 * @param ir the handler's IR without iretlab's header, as a person feeds it to llc
 * @param commands the exact llc command lines (buggy version first, then the correct one, if any)
 * @param buggy the backend (and exact version) whose assembly is shown with the findings marked
 * @param markedAsm that assembly, one line each, findings marked with {@link MarkedAssembly#MARK}
 * @param otherFindings findings that are not the report's subject, one line each
 * @param table the outcome table across LLVM versions (Markdown, from the report package)
 * @param oracle the execution oracle's observations, one line each; empty when it did not run
 * @param oracleNote why the oracle did not run, or how many scenarios it ran
 * @param correct what correct code does (the case's words)
 * @param correctBackend a backend whose code does not show the subject, or null
 * @param correctAsm that backend's assembly of the same function, or empty
 * @param gcc what GCC does, with sources; empty when the corpus does not say
 * @param headerWouldAdd for a plain handler file, what each key of a case header would add to the
 *     report ({@code key: what}); empty for a corpus case
 */
public record ReportBundle(String title, List<String> upstream, String summary, String ir, List<String> commands,
        String buggy, List<String> markedAsm, List<String> otherFindings, String table, List<String> oracle,
        String oracleNote, List<String> correct, String correctBackend, List<String> correctAsm, List<String> gcc,
        List<String> headerWouldAdd) {}
