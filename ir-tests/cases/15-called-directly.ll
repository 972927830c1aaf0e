; id: 15
; title: a normal function calls an x86_intrcc handler directly
; upstream: rust-lang/rust#132834, rust-lang/rfcs#3246
; wrong: LLVM ERROR: X86 interrupts may not be called directly (rust#132834)
; correct: a diagnostic; iretlab's byval-frame-check refuses it before codegen
; target: x86_64-unknown-linux-gnu
; target: i686-unknown-linux-gnu
; subject: none
; expect: * @ llvm>=13: REJECTED
; after-fix: * @ llvm>=13: REJECTED
; oracle: * @ llvm>=13: N/A
; oracle-after-fix: * @ llvm>=13: N/A
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: upstream: X86ISelLoweringCall.cpp LowerCall; rust#132834; our runs
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -relocation-model=static < %s
; RUN: llc -mtriple=i686-unknown-linux-gnu -O2 -relocation-model=static < %s
; observed: llvm=20: LLVM ERROR: X86 interrupts may not be called directly
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
