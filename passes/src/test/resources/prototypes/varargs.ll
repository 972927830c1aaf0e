; A variadic handler: the CPU pushes a fixed frame, there is no variadic area to walk.
; LLVM 20 compiles it without complaint, so the refusal is ours, not LLVM's.
; RUN: llc -mtriple=x86_64-unknown-none < %s
; lint: byval-frame-check/varargs
; llvm-20: compiles
target triple = "x86_64-unknown-none"

define x86_intrcc void @h(ptr byval(i8) %frame, ...) {
  ret void
}
