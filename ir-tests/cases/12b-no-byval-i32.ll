; id: 12b
; title: non-pointer first parameter, (i32): refused by the verifier since LLVM 12 (was the byval-type assert)
; upstream: D91840, rust-lang/rust#63018
; target: x86_64-unknown-linux-gnu
; target: i686-unknown-linux-gnu
; RUN: llc -mtriple=x86_64-unknown-linux-gnu < %s
; RUN: llc -mtriple=i686-unknown-linux-gnu < %s
; expect-llvm20: verifier: Calling convention parameter requires byval (ptr @h)
; static-llvm20: x86_64-unknown-linux-gnu => REJECTED
; static-llvm20: i686-unknown-linux-gnu => REJECTED
target triple = "x86_64-unknown-linux-gnu"

@sink = dso_local global i32 0, align 4

define x86_intrcc void @h(i32 %x) {
entry:
  store volatile i32 %x, ptr @sink, align 4
  ret void
}
