; id: 12a
; title: frame parameter without byval, (ptr %f): refused by the verifier since LLVM 12
; upstream: D91840, llvm/llvm-project#46672, rust-lang/rust#63018
; wrong: LLVM <= 11 accepted a non-byval frame (implicit byval from the pointee); a non-pointer frame asserted (rust#63018)
; correct: LLVM >= 12 refuses it: Calling convention parameter requires byval
; target: x86_64-unknown-linux-gnu
; target: i686-unknown-linux-gnu
; subject: none
; expect: x86_64-unknown-linux-gnu @ llvm=13: REJECTED
; expect: x86_64-unknown-linux-gnu @ llvm=14: REJECTED
; expect: x86_64-unknown-linux-gnu @ llvm=15: REJECTED
; expect: x86_64-unknown-linux-gnu @ llvm=16: REJECTED
; expect: x86_64-unknown-linux-gnu @ llvm=17: REJECTED
; expect: x86_64-unknown-linux-gnu @ llvm=19: REJECTED
; expect: x86_64-unknown-linux-gnu @ llvm=20: REJECTED
; expect: x86_64-unknown-linux-gnu @ llvm=22: REJECTED
; expect: i686-unknown-linux-gnu @ llvm=13: REJECTED
; expect: i686-unknown-linux-gnu @ llvm=14: REJECTED
; expect: i686-unknown-linux-gnu @ llvm=15: REJECTED
; expect: i686-unknown-linux-gnu @ llvm=16: REJECTED
; expect: i686-unknown-linux-gnu @ llvm=17: REJECTED
; expect: i686-unknown-linux-gnu @ llvm=19: REJECTED
; expect: i686-unknown-linux-gnu @ llvm=20: REJECTED
; expect: i686-unknown-linux-gnu @ llvm=22: REJECTED
; after-fix: x86_64-unknown-linux-gnu @ llvm=13: REJECTED
; after-fix: x86_64-unknown-linux-gnu @ llvm=14: REJECTED
; after-fix: x86_64-unknown-linux-gnu @ llvm=15: REJECTED
; after-fix: x86_64-unknown-linux-gnu @ llvm=16: REJECTED
; after-fix: x86_64-unknown-linux-gnu @ llvm=17: REJECTED
; after-fix: x86_64-unknown-linux-gnu @ llvm=19: REJECTED
; after-fix: x86_64-unknown-linux-gnu @ llvm=20: REJECTED
; after-fix: x86_64-unknown-linux-gnu @ llvm=22: REJECTED
; after-fix: i686-unknown-linux-gnu @ llvm=13: REJECTED
; after-fix: i686-unknown-linux-gnu @ llvm=14: REJECTED
; after-fix: i686-unknown-linux-gnu @ llvm=15: REJECTED
; after-fix: i686-unknown-linux-gnu @ llvm=16: REJECTED
; after-fix: i686-unknown-linux-gnu @ llvm=17: REJECTED
; after-fix: i686-unknown-linux-gnu @ llvm=19: REJECTED
; after-fix: i686-unknown-linux-gnu @ llvm=20: REJECTED
; after-fix: i686-unknown-linux-gnu @ llvm=22: REJECTED
; oracle: x86_64-unknown-linux-gnu @ llvm=13: N/A
; oracle: x86_64-unknown-linux-gnu @ llvm=14: N/A
; oracle: x86_64-unknown-linux-gnu @ llvm=15: N/A
; oracle: x86_64-unknown-linux-gnu @ llvm=16: N/A
; oracle: x86_64-unknown-linux-gnu @ llvm=17: N/A
; oracle: x86_64-unknown-linux-gnu @ llvm=19: N/A
; oracle: x86_64-unknown-linux-gnu @ llvm=20: N/A
; oracle: x86_64-unknown-linux-gnu @ llvm=22: N/A
; oracle: i686-unknown-linux-gnu @ llvm=13: N/A
; oracle: i686-unknown-linux-gnu @ llvm=14: N/A
; oracle: i686-unknown-linux-gnu @ llvm=15: N/A
; oracle: i686-unknown-linux-gnu @ llvm=16: N/A
; oracle: i686-unknown-linux-gnu @ llvm=17: N/A
; oracle: i686-unknown-linux-gnu @ llvm=19: N/A
; oracle: i686-unknown-linux-gnu @ llvm=20: N/A
; oracle: i686-unknown-linux-gnu @ llvm=22: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=13: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=14: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=15: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=16: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=17: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=19: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=20: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=22: N/A
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=13: N/A
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=14: N/A
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=15: N/A
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=16: N/A
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=17: N/A
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=19: N/A
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=20: N/A
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=22: N/A
; source: llvm=13: our run, worker-13 (LLVM 13.0.1), by iretlab reproduce --record
; source: llvm=14: our run, llc-14 (LLVM 14.0.6), by iretlab reproduce --record
; source: llvm=15: our run, worker-15 (LLVM 15.0.3), by iretlab reproduce --record
; source: llvm=16: our run, llc-16 (LLVM 16.0.6), by iretlab reproduce --record
; source: llvm=17: our run, worker-17 (LLVM 17.0.6), by iretlab reproduce --record
; source: llvm=19: our run, llc-19 (LLVM 19.1.7), by iretlab reproduce --record
; source: llvm=20: our run, embedded-20 (LLVM 20.1.7), by iretlab reproduce --record
; source: llvm=22: our run, llc-22 (LLVM 22.1.8), by iretlab reproduce --record
; source: upstream: llvm/test/Verifier/x86_intr.ll; D91840
; RUN: llvm>=15: llc -mtriple=x86_64-unknown-linux-gnu < %s
; RUN: llvm=14: llc -opaque-pointers -mtriple=x86_64-unknown-linux-gnu < %s
; RUN: llvm=13: llc -force-opaque-pointers -mtriple=x86_64-unknown-linux-gnu < %s
; RUN: llvm>=15: llc -mtriple=i686-unknown-linux-gnu < %s
; RUN: llvm=14: llc -opaque-pointers -mtriple=i686-unknown-linux-gnu < %s
; RUN: llvm=13: llc -force-opaque-pointers -mtriple=i686-unknown-linux-gnu < %s
; observed: llvm=20: verifier: Calling convention parameter requires byval (ptr @h)
target triple = "x86_64-unknown-linux-gnu"

define x86_intrcc void @h(ptr %f) {
entry:
  %v = load volatile i8, ptr %f, align 1
  ret void
}
