; id: 11a
; title: AVX handler calling a function saves YMM by plain vmovups, no XSAVE and no MXCSR save
; upstream: llvm/llvm-project#41189
; wrong: vector state saved by plain vmovups and MXCSR not saved at all (llvm#41189)
; correct: the extended state saved with xsave/fxsave (MXCSR with it), or documented as the handler author's duty
; gcc: refuses such handlers: "SSE instructions aren't allowed in an interrupt service routine" (gcc testsuite dg-message); it saves no SSE/AVX state, and its documentation asks for -mgeneral-regs-only
; target: x86_64-unknown-linux-gnu mattr=+avx
; subject: mxcsr-clobbered
; expect: x86_64-unknown-linux-gnu mattr=+avx @ llvm>=13: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; after-fix: x86_64-unknown-linux-gnu mattr=+avx @ llvm>=13: none
; oracle: x86_64-unknown-linux-gnu mattr=+avx @ llvm>=13: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-linux-gnu mattr=+avx @ llvm>=13: none; CR0.TS=1: #NM
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: upstream: llvm#41189; x86-interrupt_cc.ll
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -mattr=+avx -relocation-model=static < %s
; observed: llvm=20: compiles; 9 GPR pushes; subq $528,%rsp; vmovups ymm0-15 spills; cld; vzeroupper; callq bar; vmovups reloads; pops; iretq; no xsave/fxsave, no stmxcsr
target triple = "x86_64-unknown-linux-gnu"

%F64 = type { i64, i64, i64, i64, i64 }

declare dso_local void @bar()

define x86_intrcc void @h(ptr byval(%F64) %frame) {
entry:
  call void @bar()
  ret void
}
