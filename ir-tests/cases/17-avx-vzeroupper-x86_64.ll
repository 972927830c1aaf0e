; id: 17
; title: AVX handler: vzeroupper right before the call, none before the iretq
; upstream: x86-interrupt_vzeroupper.ll
; wrong: nothing known: a control for vzeroupper placement
; correct: vzeroupper right before the call, none before iretq (x86-interrupt_vzeroupper.ll)
; target: x86_64-unknown-linux-gnu mattr=+avx
; subject: none
; expect: x86_64-unknown-linux-gnu mattr=+avx @ llvm>=13: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; after-fix: x86_64-unknown-linux-gnu mattr=+avx @ llvm>=13: none
; oracle: x86_64-unknown-linux-gnu mattr=+avx @ llvm>=13: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-linux-gnu mattr=+avx @ llvm>=13: none; CR0.TS=1: #NM
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: upstream: x86-interrupt_vzeroupper.ll
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -mattr=+avx -relocation-model=static < %s
; observed: llvm=20: compiles; 9 GPR pushes; subq $528,%rsp; vmovups ymm0-15 spills; cld; vzeroupper; callq bar; reloads; pops; iretq; no vzeroupper before iretq
target triple = "x86_64-unknown-linux-gnu"

%F64 = type { i64, i64, i64, i64, i64 }

declare dso_local void @bar()

define x86_intrcc void @h(ptr byval(%F64) %frame) {
entry:
  call void @bar()
  ret void
}
