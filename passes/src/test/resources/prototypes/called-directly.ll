; A call with the interrupt convention (rust-lang/rust#132834): only the CPU may enter a handler.
; RUN: llc -mtriple=x86_64-unknown-none < %s
; lint: byval-frame-check/called-directly
; llvm-20: LLVM ERROR: X86 interrupts may not be called directly
target triple = "x86_64-unknown-none"

define x86_intrcc void @h(ptr byval(i8) %frame) {
  ret void
}

define void @caller(ptr %p) {
  call x86_intrcc void @h(ptr byval(i8) %p)
  ret void
}
