; id: 10c
; title: inline asm clobbers st/st(1): no save of the interrupted code's x87 registers (x86_64)
; upstream: llvm/llvm-project#26785, rust-lang/rust#40180
; wrong: no x87/MMX state is saved around code or callees that may change it (llvm#26785, all versions)
; correct: fxsave/fnsave (or xsave) before and the restore after; or refusing such handlers, as GCC does ("80387 instructions aren't allowed in an interrupt service routine")
; gcc: refuses such handlers: "80387 instructions aren't allowed in an interrupt service routine" and "MMX/3Dnow instructions aren't allowed ..." (gcc testsuite dg-message); its documentation says "Since GCC doesn't preserve SSE, MMX nor x87 states, the GCC option -mgeneral-regs-only should be used"
; target: x86_64-unknown-linux-gnu
; subject: x87-state-clobbered
; expect: x86_64-unknown-linux-gnu @ llvm>=13: x87-state-clobbered
; after-fix: x86_64-unknown-linux-gnu @ llvm>=13: none
; oracle: x86_64-unknown-linux-gnu @ llvm>=13: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm>=13: none; CR0.TS=1: #NM
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: upstream: llvm#26785 (listed in rust#40180); x86-64-intrcc.ll @test_isr_x87; GCC testsuite
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -relocation-model=static < %s
; observed: llvm=20: compiles; cld; #APP; #NO_APP; iretq; st/st(1) clobbered with no save of any x87 register or FCW/FSW
target triple = "x86_64-unknown-linux-gnu"

%F64 = type { i64, i64, i64, i64, i64 }

define x86_intrcc void @h(ptr byval(%F64) %frame) {
entry:
  call void asm sideeffect "", "~{st},~{st(1)}"()
  ret void
}
