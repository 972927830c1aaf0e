; id: 09
; title: without SSE, an asm clobber of xmm0/xmm6 must not produce movaps spills
; upstream: rL295347, D29959
; wrong: movaps spills of xmm0/xmm6 although SSE is off (LLVM <= 4.0, rL295347): they fault with CR4.OSFXSR=0
; correct: pushq %rax; cld; #APP; #NO_APP; addq $16,%rsp; iretq (x86-64-intrcc-nosse.ll)
; target: x86_64-unknown-unknown mattr=-sse
; subject: none
; expect: x86_64-unknown-unknown mattr=-sse @ llvm>=13: none
; after-fix: x86_64-unknown-unknown mattr=-sse @ llvm>=13: none
; oracle: x86_64-unknown-unknown mattr=-sse @ llvm>=13: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-unknown mattr=-sse @ llvm>=13: none; CR0.TS=1: no-fault
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: upstream: x86-64-intrcc-nosse.ll; rL295347
; RUN: llc -mtriple=x86_64-unknown-unknown -O2 -mattr=-sse -relocation-model=static < %s
; observed: llvm=20: compiles; pushq %rax; cld; #APP; #NO_APP; addq $16,%rsp; iretq (no movaps)
target triple = "x86_64-unknown-unknown"

%F64 = type { i64, i64, i64, i64, i64 }

; As x86-64-intrcc-nosse.ll.
define x86_intrcc void @h(ptr byval(%F64) %f, i64 %ec) {
entry:
  call void asm sideeffect "", "~{xmm0},~{xmm6}"()
  ret void
}
