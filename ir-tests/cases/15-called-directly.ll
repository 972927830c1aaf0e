; id: 15
; title: a normal function calls an x86_intrcc handler directly
; upstream: rust-lang/rust#132834, rust-lang/rfcs#3246
; target: x86_64-unknown-linux-gnu
; target: i686-unknown-linux-gnu
; RUN: llc -mtriple=x86_64-unknown-linux-gnu < %s
; RUN: llc -mtriple=i686-unknown-linux-gnu < %s
; expect-llvm20: LLVM ERROR: X86 interrupts may not be called directly
; static-llvm20: x86_64-unknown-linux-gnu => REJECTED
; static-llvm20: i686-unknown-linux-gnu => REJECTED
; note: iretlab's lint refuses it first (byval-frame-check/called-directly, exit 2); the LLVM ERROR is with --skip-prototype-check (exit 3).
target triple = "x86_64-unknown-linux-gnu"

define x86_intrcc void @h(ptr byval(i8) %f) {
entry:
  ret void
}

define dso_local void @caller(ptr %p) {
entry:
  call x86_intrcc void @h(ptr byval(i8) %p)
  ret void
}
