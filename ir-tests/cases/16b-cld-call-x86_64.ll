; id: 16b
; title: handler that calls a function must clear DF (cld) before the call
; upstream: llvm/llvm-project#82415, llvm/llvm-project#81543
; wrong: nothing known: cld must precede the call
; correct: cld before the call (x86-interrupt_cld.ll)
; gcc: emits cld only where needed: gcc.target/i386/interrupt-28.c (-mcld, no calls) expects no cld
; target: x86_64-unknown-linux-gnu
; subject: missing-cld
; expect: x86_64-unknown-linux-gnu @ llvm>=13: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; after-fix: x86_64-unknown-linux-gnu @ llvm>=13: none
; oracle: x86_64-unknown-linux-gnu @ llvm>=13: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm>=13: none; CR0.TS=1: #NM
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: upstream: x86-interrupt_cld.ll
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -relocation-model=static < %s
; observed: llvm=20: compiles; 9 GPR pushes; subq $256,%rsp; movaps xmm0-15 spills; cld; callq bar; reloads; pops; iretq
target triple = "x86_64-unknown-linux-gnu"

%F64 = type { i64, i64, i64, i64, i64 }

declare dso_local void @bar()

; As x86-interrupt_cld.ll.
define x86_intrcc void @h(ptr byval(%F64) %frame) {
entry:
  call void @bar()
  ret void
}
