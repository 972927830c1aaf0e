; id: 09
; title: without SSE, an asm clobber of xmm0/xmm6 must not produce movaps spills
; upstream: rL295347, D29959
; wrong: movaps spills of xmm0/xmm6 although SSE is off (LLVM <= 4.0, rL295347): they fault with CR4.OSFXSR=0
; correct: pushq %rax; cld; #APP; #NO_APP; addq $16,%rsp; iretq (x86-64-intrcc-nosse.ll)
; target: x86_64-unknown-unknown mattr=-sse
; subject: none
; expect: x86_64-unknown-unknown mattr=-sse @ llvm=13: none
; expect: x86_64-unknown-unknown mattr=-sse @ llvm=14: none
; expect: x86_64-unknown-unknown mattr=-sse @ llvm=15: none
; expect: x86_64-unknown-unknown mattr=-sse @ llvm=16: none
; expect: x86_64-unknown-unknown mattr=-sse @ llvm=17: none
; expect: x86_64-unknown-unknown mattr=-sse @ llvm=19: none
; expect: x86_64-unknown-unknown mattr=-sse @ llvm=20: none
; expect: x86_64-unknown-unknown mattr=-sse @ llvm=22: none
; after-fix: x86_64-unknown-unknown mattr=-sse @ llvm=13: none
; after-fix: x86_64-unknown-unknown mattr=-sse @ llvm=14: none
; after-fix: x86_64-unknown-unknown mattr=-sse @ llvm=15: none
; after-fix: x86_64-unknown-unknown mattr=-sse @ llvm=16: none
; after-fix: x86_64-unknown-unknown mattr=-sse @ llvm=17: none
; after-fix: x86_64-unknown-unknown mattr=-sse @ llvm=19: none
; after-fix: x86_64-unknown-unknown mattr=-sse @ llvm=20: none
; after-fix: x86_64-unknown-unknown mattr=-sse @ llvm=22: none
; oracle: x86_64-unknown-unknown mattr=-sse @ llvm=13: none; CR0.TS=1: no-fault
; oracle: x86_64-unknown-unknown mattr=-sse @ llvm=14: none; CR0.TS=1: no-fault
; oracle: x86_64-unknown-unknown mattr=-sse @ llvm=15: none; CR0.TS=1: no-fault
; oracle: x86_64-unknown-unknown mattr=-sse @ llvm=16: none; CR0.TS=1: no-fault
; oracle: x86_64-unknown-unknown mattr=-sse @ llvm=17: none; CR0.TS=1: no-fault
; oracle: x86_64-unknown-unknown mattr=-sse @ llvm=19: none; CR0.TS=1: no-fault
; oracle: x86_64-unknown-unknown mattr=-sse @ llvm=20: none; CR0.TS=1: no-fault
; oracle: x86_64-unknown-unknown mattr=-sse @ llvm=22: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-unknown mattr=-sse @ llvm=13: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-unknown mattr=-sse @ llvm=14: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-unknown mattr=-sse @ llvm=15: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-unknown mattr=-sse @ llvm=16: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-unknown mattr=-sse @ llvm=17: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-unknown mattr=-sse @ llvm=19: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-unknown mattr=-sse @ llvm=20: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-unknown mattr=-sse @ llvm=22: none; CR0.TS=1: no-fault
; source: llvm=13: our run, worker-13 (LLVM 13.0.1), by iretlab reproduce --record
; source: llvm=14: our run, llc-14 (LLVM 14.0.6), by iretlab reproduce --record
; source: llvm=15: our run, worker-15 (LLVM 15.0.3), by iretlab reproduce --record
; source: llvm=16: our run, llc-16 (LLVM 16.0.6), by iretlab reproduce --record
; source: llvm=17: our run, worker-17 (LLVM 17.0.6), by iretlab reproduce --record
; source: llvm=19: our run, llc-19 (LLVM 19.1.7), by iretlab reproduce --record
; source: llvm=20: our run, embedded-20 (LLVM 20.1.7), by iretlab reproduce --record
; source: llvm=22: our run, llc-22 (LLVM 22.1.8), by iretlab reproduce --record
; source: upstream: x86-64-intrcc-nosse.ll; rL295347
; RUN: llvm>=15: llc -mtriple=x86_64-unknown-unknown -mattr=-sse < %s
; RUN: llvm=14: llc -opaque-pointers -mtriple=x86_64-unknown-unknown -mattr=-sse < %s
; RUN: llvm=13: llc -force-opaque-pointers -mtriple=x86_64-unknown-unknown -mattr=-sse < %s
; observed: llvm=20: compiles; pushq %rax; cld; #APP; #NO_APP; addq $16,%rsp; iretq (no movaps)
target triple = "x86_64-unknown-unknown"

%F64 = type { i64, i64, i64, i64, i64 }

; As x86-64-intrcc-nosse.ll.
define x86_intrcc void @h(ptr byval(%F64) %f, i64 %ec) {
entry:
  call void asm sideeffect "", "~{xmm0},~{xmm6}"()
  ret void
}
