; id: 16b
; title: handler that calls a function must clear DF (cld) before the call
; upstream: llvm/llvm-project#82415, llvm/llvm-project#81543
; target: x86_64-unknown-linux-gnu
; RUN: llc -mtriple=x86_64-unknown-linux-gnu < %s
; expect-llvm20: compiles; 9 GPR pushes; subq $256,%rsp; movaps xmm0-15 spills; cld; callq bar; reloads; pops; iretq
; static-llvm20: x86_64-unknown-linux-gnu => x87-state-clobbered mxcsr-clobbered
target triple = "x86_64-unknown-linux-gnu"

%F64 = type { i64, i64, i64, i64, i64 }

declare dso_local void @bar()

; As x86-interrupt_cld.ll.
define x86_intrcc void @h(ptr byval(%F64) %frame) {
entry:
  call void @bar()
  ret void
}
