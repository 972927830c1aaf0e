; id: 14
; title: handler with a non-void return type
; upstream: rust-lang/rust#132841, rust-lang/rust#142633
; target: x86_64-unknown-linux-gnu
; target: i686-unknown-linux-gnu
; RUN: llc -mtriple=x86_64-unknown-linux-gnu < %s
; RUN: llc -mtriple=i686-unknown-linux-gnu < %s
; expect-llvm20: LLVM ERROR: X86 interrupts may not return any value
; static-llvm20: x86_64-unknown-linux-gnu => REJECTED
; static-llvm20: i686-unknown-linux-gnu => REJECTED
; note: iretlab's lint refuses it first (byval-frame-check/returns-value, exit 2); the LLVM ERROR is with --skip-prototype-check (exit 3).
target triple = "x86_64-unknown-linux-gnu"

define x86_intrcc i64 @h(ptr byval(i8) %f) {
entry:
  ret i64 1
}
