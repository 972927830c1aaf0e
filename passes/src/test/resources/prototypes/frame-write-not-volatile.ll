; A plain store to the frame's IP (skip the faulting instruction): the optimiser may drop it.
; RUN: llc -mtriple=x86_64-unknown-none < %s
; lint: byval-frame-check/frame-write-not-volatile
; llvm-20: compiles
target triple = "x86_64-unknown-none"

define x86_intrcc void @h(ptr byval([5 x i64]) %frame) {
  %ip = load i64, ptr %frame
  %next = add i64 %ip, 2
  store i64 %next, ptr %frame
  ret void
}
