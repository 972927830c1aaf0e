; A float "error code": LLVM reads the pushed word as a float without complaint; Clang requires
; unsigned int/unsigned long, and so does the lint.
; RUN: llc -mtriple=i686-unknown-linux-gnu < %s
; lint: byval-frame-check/error-code-not-integer
; llvm-20: compiles
target triple = "i686-unknown-linux-gnu"

@seen = global float 0.0

define x86_intrcc void @h(ptr byval(i8) %frame, float %error_code) {
  store volatile float %error_code, ptr @seen
  ret void
}
