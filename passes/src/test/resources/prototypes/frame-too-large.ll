; A frame type of 8 words: the CPU pushes 5, the rest of it is the interrupted code's stack.
; RUN: llc -mtriple=x86_64-unknown-none < %s
; lint: byval-frame-check/frame-too-large
; llvm-20: compiles
target triple = "x86_64-unknown-none"

define x86_intrcc void @h(ptr byval([8 x i64]) %frame) {
  ret void
}
