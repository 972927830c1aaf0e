; id: 13c
; title: x86_64 error code as i128 legalizes into two parts, which CC_X86_Intr cannot place
; upstream: rust-lang/rust#132835, D56944
; wrong: LLVM ERROR: unsupported x86 interrupt prototype: a process-killing fatal error instead of a diagnostic (rust#132835)
; correct: a diagnostic; iretlab's byval-frame-check refuses it before codegen
; target: x86_64-unknown-linux-gnu
; subject: none
; expect: x86_64-unknown-linux-gnu @ llvm=13: REJECTED
; expect: x86_64-unknown-linux-gnu @ llvm=14: REJECTED
; expect: x86_64-unknown-linux-gnu @ llvm=15: REJECTED
; expect: x86_64-unknown-linux-gnu @ llvm=16: REJECTED
; expect: x86_64-unknown-linux-gnu @ llvm=17: REJECTED
; expect: x86_64-unknown-linux-gnu @ llvm=19: REJECTED
; expect: x86_64-unknown-linux-gnu @ llvm=20: REJECTED
; expect: x86_64-unknown-linux-gnu @ llvm=22: REJECTED
; after-fix: x86_64-unknown-linux-gnu @ llvm=13: REJECTED
; after-fix: x86_64-unknown-linux-gnu @ llvm=14: REJECTED
; after-fix: x86_64-unknown-linux-gnu @ llvm=15: REJECTED
; after-fix: x86_64-unknown-linux-gnu @ llvm=16: REJECTED
; after-fix: x86_64-unknown-linux-gnu @ llvm=17: REJECTED
; after-fix: x86_64-unknown-linux-gnu @ llvm=19: REJECTED
; after-fix: x86_64-unknown-linux-gnu @ llvm=20: REJECTED
; after-fix: x86_64-unknown-linux-gnu @ llvm=22: REJECTED
; oracle: x86_64-unknown-linux-gnu @ llvm=13: N/A
; oracle: x86_64-unknown-linux-gnu @ llvm=14: N/A
; oracle: x86_64-unknown-linux-gnu @ llvm=15: N/A
; oracle: x86_64-unknown-linux-gnu @ llvm=16: N/A
; oracle: x86_64-unknown-linux-gnu @ llvm=17: N/A
; oracle: x86_64-unknown-linux-gnu @ llvm=19: N/A
; oracle: x86_64-unknown-linux-gnu @ llvm=20: N/A
; oracle: x86_64-unknown-linux-gnu @ llvm=22: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=13: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=14: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=15: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=16: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=17: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=19: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=20: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=22: N/A
; source: llvm=13: our run, worker-13 (LLVM 13.0.1), by iretlab reproduce --record
; source: llvm=14: our run, llc-14 (LLVM 14.0.6), by iretlab reproduce --record
; source: llvm=15: our run, worker-15 (LLVM 15.0.3), by iretlab reproduce --record
; source: llvm=16: our run, llc-16 (LLVM 16.0.6), by iretlab reproduce --record
; source: llvm=17: our run, worker-17 (LLVM 17.0.6), by iretlab reproduce --record
; source: llvm=19: our run, llc-19 (LLVM 19.1.7), by iretlab reproduce --record
; source: llvm=20: our run, embedded-20 (LLVM 20.1.7), by iretlab reproduce --record
; source: llvm=22: our run, llc-22 (LLVM 22.1.8), by iretlab reproduce --record
; source: upstream: CC_X86_Intr in X86CallingConv.cpp; rust#132835; our runs (LLVM 14 aborts, 20 aborts with the lint bypassed)
; RUN: llvm>=15: llc -mtriple=x86_64-unknown-linux-gnu < %s
; RUN: llvm=14: llc -opaque-pointers -mtriple=x86_64-unknown-linux-gnu < %s
; RUN: llvm=13: llc -force-opaque-pointers -mtriple=x86_64-unknown-linux-gnu < %s
; observed: llvm=20: LLVM ERROR: unsupported x86 interrupt prototype
; note: The fact sheet marks this split-part case [inferred]: confirmed on LLVM 20 and 14.0.6. iretlab's lint refuses it first (byval-frame-check/error-code-too-wide, exit 2); the LLVM ERROR is with --skip-prototype-check (exit 3).
target triple = "x86_64-unknown-linux-gnu"

%F64 = type { i64, i64, i64, i64, i64 }

@sink = dso_local global i128 0, align 16

define x86_intrcc void @h(ptr byval(%F64) %f, i128 %ec) {
entry:
  store volatile i128 %ec, ptr @sink, align 16
  ret void
}
