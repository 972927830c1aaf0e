; id: 14
; title: handler with a non-void return type
; upstream: rust-lang/rust#132841, rust-lang/rust#142633
; wrong: LLVM ERROR: X86 interrupts may not return any value (rust#132841)
; correct: a diagnostic; iretlab's byval-frame-check refuses it before codegen
; target: x86_64-unknown-linux-gnu
; target: i686-unknown-linux-gnu
; subject: none
; expect: * @ llvm>=13: REJECTED
; after-fix: * @ llvm>=13: REJECTED
; oracle: * @ llvm>=13: N/A
; oracle-after-fix: * @ llvm>=13: N/A
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: upstream: X86ISelLoweringCall.cpp LowerReturn; rust#132841; our runs
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -relocation-model=static < %s
; RUN: llc -mtriple=i686-unknown-linux-gnu -O2 -relocation-model=static < %s
; observed: llvm=20: LLVM ERROR: X86 interrupts may not return any value
; note: iretlab's lint refuses it first (byval-frame-check/returns-value, exit 2); the LLVM ERROR is with --skip-prototype-check (exit 3).
target triple = "x86_64-unknown-linux-gnu"

define x86_intrcc i64 @h(ptr byval(i8) %f) {
entry:
  ret i64 1
}
