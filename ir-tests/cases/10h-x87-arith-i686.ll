; id: 10h
; title: x87 arithmetic in the handler (as @test_isr_x87): x87 stack used without any save (i686)
; upstream: llvm/llvm-project#26785, rust-lang/rust#40180
; wrong: no x87/MMX state is saved around code or callees that may change it (llvm#26785, all versions)
; correct: fxsave/fnsave (or xsave) before and the restore after; or refusing such handlers, as GCC does ("80387 instructions aren't allowed in an interrupt service routine")
; gcc: refuses such handlers: "80387 instructions aren't allowed in an interrupt service routine" and "MMX/3Dnow instructions aren't allowed ..." (gcc testsuite dg-message); its documentation says "Since GCC doesn't preserve SSE, MMX nor x87 states, the GCC option -mgeneral-regs-only should be used"
; target: i686-unknown-linux-gnu
; subject: x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm>=13: fp-env-inherited mmx-state-clobbered x87-state-clobbered
; after-fix: i686-unknown-linux-gnu @ llvm>=13: none
; oracle: i686-unknown-linux-gnu @ llvm>=13: mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu @ llvm>=13: none; CR0.TS=1: #NM
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: upstream: llvm#26785 (listed in rust#40180); x86-64-intrcc.ll @test_isr_x87; GCC testsuite
; RUN: llc -mtriple=i686-unknown-linux-gnu -O2 -relocation-model=static < %s
; observed: llvm=20: compiles; pushl %ebp; movl %esp,%ebp; andl $-16,%esp; fldt f80; fld1; faddp; fstpt f80; movl %ebp,%esp; popl %ebp; iretl; no x87 state save
target triple = "i686-unknown-linux-gnu"

%F32 = type { i32, i32, i32, i32, i32 }

@f80 = external dso_local global x86_fp80, align 4

define x86_intrcc void @h(ptr byval(%F32) %frame) {
entry:
  %ld = load volatile x86_fp80, ptr @f80, align 4
  %add = fadd x86_fp80 %ld, 0xK3FFF8000000000000000
  store volatile x86_fp80 %add, ptr @f80, align 4
  ret void
}
