; id: 12b
; title: non-pointer first parameter, (i32): refused by the verifier since LLVM 12 (was the byval-type assert)
; upstream: D91840, rust-lang/rust#63018
; wrong: LLVM <= 11 accepted a non-byval frame (implicit byval from the pointee); a non-pointer frame asserted (rust#63018)
; correct: LLVM >= 12 refuses it: Calling convention parameter requires byval
; target: x86_64-unknown-linux-gnu
; target: i686-unknown-linux-gnu
; subject: none
; expect: * @ llvm>=13: REJECTED
; after-fix: * @ llvm>=13: REJECTED
; oracle: * @ llvm>=13: N/A
; oracle-after-fix: * @ llvm>=13: N/A
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: upstream: llvm/test/Verifier/x86_intr.ll; D91840
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -relocation-model=static < %s
; RUN: llc -mtriple=i686-unknown-linux-gnu -O2 -relocation-model=static < %s
; observed: llvm=20: verifier: Calling convention parameter requires byval (ptr @h)
target triple = "x86_64-unknown-linux-gnu"

@sink = dso_local global i32 0, align 4

define x86_intrcc void @h(i32 %x) {
entry:
  store volatile i32 %x, ptr @sink, align 4
  ret void
}
