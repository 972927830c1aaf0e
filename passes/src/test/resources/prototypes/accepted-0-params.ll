; The 0-parameter form is legal.
; RUN: llc -mtriple=x86_64-unknown-none < %s
; lint: none
; llvm-20: compiles
target triple = "x86_64-unknown-none"

define x86_intrcc void @h() {
  ret void
}
