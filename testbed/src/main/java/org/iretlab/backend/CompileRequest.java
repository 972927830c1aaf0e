package org.iretlab.backend;

import org.iretlab.ir.IrSource;

/** One module to compile: the user's IR as given, and how. This is also the worker protocol's request. */
public record CompileRequest(IrSource source, CompileOptions options) {}
