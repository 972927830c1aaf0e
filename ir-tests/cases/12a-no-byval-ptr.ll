; id: 12a
; title: frame parameter without byval, (ptr %f): refused by the verifier since LLVM 12
; upstream: D91840, llvm/llvm-project#46672, rust-lang/rust#63018
; target: x86_64-unknown-linux-gnu
; target: i686-unknown-linux-gnu
; RUN: llc -mtriple=x86_64-unknown-linux-gnu < %s
; RUN: llc -mtriple=i686-unknown-linux-gnu < %s
; expect-llvm20: verifier: Calling convention parameter requires byval (ptr @h)
; static-llvm20: x86_64-unknown-linux-gnu => REJECTED
; static-llvm20: i686-unknown-linux-gnu => REJECTED
target triple = "x86_64-unknown-linux-gnu"

define x86_intrcc void @h(ptr %f) {
entry:
  %v = load volatile i8, ptr %f, align 1
  ret void
}
