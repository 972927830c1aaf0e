; id: 17
; title: AVX handler: vzeroupper right before the call, none before the iretq
; upstream: x86-interrupt_vzeroupper.ll
; target: x86_64-unknown-linux-gnu mattr=+avx
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -mattr=+avx < %s
; expect-llvm20: compiles; 9 GPR pushes; subq $528,%rsp; vmovups ymm0-15 spills; cld; vzeroupper; callq bar; reloads; pops; iretq; no vzeroupper before iretq
; static-llvm20: x86_64-unknown-linux-gnu mattr=+avx => x87-state-clobbered mxcsr-clobbered
target triple = "x86_64-unknown-linux-gnu"

%F64 = type { i64, i64, i64, i64, i64 }

declare dso_local void @bar()

define x86_intrcc void @h(ptr byval(%F64) %frame) {
entry:
  call void @bar()
  ret void
}
