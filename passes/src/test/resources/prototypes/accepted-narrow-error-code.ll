; A narrower-than-word error code fits its slot; LLVM reads the low bytes.
; RUN: llc -mtriple=x86_64-unknown-none < %s
; lint: none
; llvm-20: compiles
target triple = "x86_64-unknown-none"

@seen = global i8 0

define x86_intrcc void @h(ptr byval(i8) %frame, i8 %error_code) {
  store volatile i8 %error_code, ptr @seen
  ret void
}
