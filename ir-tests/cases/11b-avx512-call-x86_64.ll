; id: 11b
; title: AVX-512 (skx) handler calling a function saves ZMM/K by vmovups/kmovq, no XSAVE and no MXCSR save
; upstream: llvm/llvm-project#41189
; wrong: vector state saved by plain vmovups and MXCSR not saved at all (llvm#41189)
; correct: the extended state saved with xsave/fxsave (MXCSR with it), or documented as the handler author's duty
; gcc: refuses such handlers: "SSE instructions aren't allowed in an interrupt service routine" (gcc testsuite dg-message); it saves no SSE/AVX state, and its documentation asks for -mgeneral-regs-only
; target: x86_64-unknown-linux-gnu cpu=skx
; subject: mxcsr-clobbered
; expect: x86_64-unknown-linux-gnu cpu=skx @ llvm=13: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-linux-gnu cpu=skx @ llvm=14: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-linux-gnu cpu=skx @ llvm=15: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-linux-gnu cpu=skx @ llvm=16: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-linux-gnu cpu=skx @ llvm=17: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-linux-gnu cpu=skx @ llvm=19: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-linux-gnu cpu=skx @ llvm=20: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-linux-gnu cpu=skx @ llvm=22: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; after-fix: x86_64-unknown-linux-gnu cpu=skx @ llvm=13: none
; after-fix: x86_64-unknown-linux-gnu cpu=skx @ llvm=14: none
; after-fix: x86_64-unknown-linux-gnu cpu=skx @ llvm=15: none
; after-fix: x86_64-unknown-linux-gnu cpu=skx @ llvm=16: none
; after-fix: x86_64-unknown-linux-gnu cpu=skx @ llvm=17: none
; after-fix: x86_64-unknown-linux-gnu cpu=skx @ llvm=19: none
; after-fix: x86_64-unknown-linux-gnu cpu=skx @ llvm=20: none
; after-fix: x86_64-unknown-linux-gnu cpu=skx @ llvm=22: none
; oracle: x86_64-unknown-linux-gnu cpu=skx @ llvm=13: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-linux-gnu cpu=skx @ llvm=14: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-linux-gnu cpu=skx @ llvm=15: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-linux-gnu cpu=skx @ llvm=16: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-linux-gnu cpu=skx @ llvm=17: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-linux-gnu cpu=skx @ llvm=19: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-linux-gnu cpu=skx @ llvm=20: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-linux-gnu cpu=skx @ llvm=22: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-linux-gnu cpu=skx @ llvm=13: N/A; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-linux-gnu cpu=skx @ llvm=14: N/A; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-linux-gnu cpu=skx @ llvm=15: N/A; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-linux-gnu cpu=skx @ llvm=16: N/A; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-linux-gnu cpu=skx @ llvm=17: N/A; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-linux-gnu cpu=skx @ llvm=19: N/A; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-linux-gnu cpu=skx @ llvm=20: N/A; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-linux-gnu cpu=skx @ llvm=22: N/A; CR0.TS=1: #NM
; source: llvm=13: our run, worker-13 (LLVM 13.0.1), by iretlab reproduce --record
; source: llvm=14: our run, llc-14 (LLVM 14.0.6), by iretlab reproduce --record
; source: llvm=15: our run, worker-15 (LLVM 15.0.3), by iretlab reproduce --record
; source: llvm=16: our run, llc-16 (LLVM 16.0.6), by iretlab reproduce --record
; source: llvm=17: our run, worker-17 (LLVM 17.0.6), by iretlab reproduce --record
; source: llvm=19: our run, llc-19 (LLVM 19.1.7), by iretlab reproduce --record
; source: llvm=20: our run, embedded-20 (LLVM 20.1.7), by iretlab reproduce --record
; source: llvm=22: our run, llc-22 (LLVM 22.1.8), by iretlab reproduce --record
; source: upstream: llvm#41189; x86-interrupt_cc.ll
; RUN: llvm>=15: llc -mtriple=x86_64-unknown-linux-gnu -mcpu=skx < %s
; RUN: llvm=14: llc -opaque-pointers -mtriple=x86_64-unknown-linux-gnu -mcpu=skx < %s
; RUN: llvm=13: llc -force-opaque-pointers -mtriple=x86_64-unknown-linux-gnu -mcpu=skx < %s
; observed: llvm=20: compiles; 9 GPR pushes; subq $2160,%rsp; kmovq k0-7 and vmovups zmm0-31 spills; cld; vzeroupper; callq bar; reloads; pops; iretq; no xsave/fxsave, no stmxcsr
target triple = "x86_64-unknown-linux-gnu"

%F64 = type { i64, i64, i64, i64, i64 }

declare dso_local void @bar()

define x86_intrcc void @h(ptr byval(%F64) %frame) {
entry:
  call void @bar()
  ret void
}
