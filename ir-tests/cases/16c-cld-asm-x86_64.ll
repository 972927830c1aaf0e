; id: 16c
; title: handler with inline asm must clear DF (cld) before the asm
; upstream: llvm/llvm-project#82415, llvm/llvm-project#81543
; wrong: nothing known: cld must precede the inline asm
; correct: cld before the inline asm (llvm#82415 keeps it for asm)
; gcc: emits cld only where needed: gcc.target/i386/interrupt-28.c (-mcld, no calls) expects no cld
; target: x86_64-unknown-linux-gnu
; subject: missing-cld
; expect: x86_64-unknown-linux-gnu @ llvm>=13: none
; after-fix: x86_64-unknown-linux-gnu @ llvm>=13: none
; oracle: x86_64-unknown-linux-gnu @ llvm>=13: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm>=13: none; CR0.TS=1: no-fault
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: upstream: llvm#82415
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -relocation-model=static < %s
; observed: llvm=20: compiles; cld; #APP; nop; #NO_APP; iretq
target triple = "x86_64-unknown-linux-gnu"

%F64 = type { i64, i64, i64, i64, i64 }

define x86_intrcc void @h(ptr byval(%F64) %frame) {
entry:
  call void asm sideeffect "nop", ""()
  ret void
}
