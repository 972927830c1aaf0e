; An i32 error code on x86-64: the CPU pushes 8 bytes; LLVM reads the low half. Clang requires unsigned long.
; RUN: llc -mtriple=x86_64-unknown-none < %s
; lint: byval-frame-check/error-code-narrow
; llvm-20: compiles
target triple = "x86_64-unknown-none"

@seen = global i32 0

define x86_intrcc void @h(ptr byval(i8) %frame, i32 %error_code) {
  store volatile i32 %error_code, ptr @seen
  ret void
}
