; id: 10a
; title: handler calls an unknown function: x87 state (ST0-7, FCW/FSW) is not saved (x86_64)
; upstream: llvm/llvm-project#26785, rust-lang/rust#40180
; wrong: no x87/MMX state is saved around code or callees that may change it (llvm#26785, all versions)
; correct: fxsave/fnsave (or xsave) before and the restore after; or refusing such handlers, as GCC does ("80387 instructions aren't allowed in an interrupt service routine")
; gcc: refuses such handlers: "80387 instructions aren't allowed in an interrupt service routine" and "MMX/3Dnow instructions aren't allowed ..." (gcc testsuite dg-message); its documentation says "Since GCC doesn't preserve SSE, MMX nor x87 states, the GCC option -mgeneral-regs-only should be used"
; target: x86_64-unknown-linux-gnu
; subject: x87-state-clobbered
; expect: x86_64-unknown-linux-gnu @ llvm>=13: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; after-fix: x86_64-unknown-linux-gnu @ llvm>=13: none
; oracle: x86_64-unknown-linux-gnu @ llvm>=13: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm>=13: none; CR0.TS=1: #NM
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: upstream: llvm#26785 (listed in rust#40180); x86-64-intrcc.ll @test_isr_x87; GCC testsuite
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -relocation-model=static < %s
; observed: llvm=20: compiles; 9 GPR pushes; subq $256,%rsp; movaps xmm0-15 spills; cld; callq bar; reloads; pops; iretq; no fxsave/fnsave/xsave, no x87/MMX/FCW/MXCSR save
target triple = "x86_64-unknown-linux-gnu"

%F64 = type { i64, i64, i64, i64, i64 }

declare dso_local void @bar()

define x86_intrcc void @h(ptr byval(%F64) %frame) {
entry:
  call void @bar()
  ret void
}
