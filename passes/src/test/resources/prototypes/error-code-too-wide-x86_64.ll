; An i128 error code on x86-64: it legalises into two i64 parts, and the second one has no place.
; RUN: llc -mtriple=x86_64-unknown-none < %s
; lint: byval-frame-check/error-code-too-wide
; llvm-20: LLVM ERROR: unsupported x86 interrupt prototype
target triple = "x86_64-unknown-none"

define x86_intrcc void @h(ptr byval(i8) %frame, i128 %error_code) {
  ret void
}
