; A frame taken by reference, as rustc lowers &Frame (rust#162457): the "pointer" is the saved RIP.
; RUN: llc -mtriple=x86_64-unknown-none < %s
; lint: byval-frame-check/frame-by-reference
; llvm-20: compiles
target triple = "x86_64-unknown-none"

@ip = global i64 0

define x86_intrcc void @h(ptr byval(ptr) %frame) {
  %p = load ptr, ptr %frame
  %v = load i64, ptr %p
  store volatile i64 %v, ptr @ip
  ret void
}
