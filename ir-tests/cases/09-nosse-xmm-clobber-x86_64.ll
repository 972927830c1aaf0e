; id: 09
; title: without SSE, an asm clobber of xmm0/xmm6 must not produce movaps spills
; upstream: rL295347, D29959
; target: x86_64-unknown-unknown mattr=-sse
; RUN: llc -mtriple=x86_64-unknown-unknown -mattr=-sse < %s
; expect-llvm20: compiles; pushq %rax; cld; #APP; #NO_APP; addq $16,%rsp; iretq (no movaps)
; static-llvm20: x86_64-unknown-unknown mattr=-sse => none
target triple = "x86_64-unknown-unknown"

%F64 = type { i64, i64, i64, i64, i64 }

; As x86-64-intrcc-nosse.ll.
define x86_intrcc void @h(ptr byval(%F64) %f, i64 %ec) {
entry:
  call void asm sideeffect "", "~{xmm0},~{xmm6}"()
  ret void
}
