; An i64 error code on i686: it legalises into two i32 parts, and the second one has no place.
; RUN: llc -mtriple=i686-unknown-linux-gnu < %s
; lint: byval-frame-check/error-code-too-wide
; llvm-20: LLVM ERROR: unsupported x86 interrupt prototype
target triple = "i686-unknown-linux-gnu"

define x86_intrcc void @h(ptr byval(i8) %frame, i64 %error_code) {
  ret void
}
