; id: 10b
; title: handler calls an unknown function: x87 state (ST0-7, FCW/FSW) is not saved (i686)
; upstream: llvm/llvm-project#26785, rust-lang/rust#40180
; wrong: no x87/MMX state is saved around code or callees that may change it (llvm#26785, all versions)
; correct: fxsave/fnsave (or xsave) before and the restore after; or refusing such handlers, as GCC does ("80387 instructions aren't allowed in an interrupt service routine")
; gcc: refuses such handlers: "80387 instructions aren't allowed in an interrupt service routine" and "MMX/3Dnow instructions aren't allowed ..." (gcc testsuite dg-message); its documentation says "Since GCC doesn't preserve SSE, MMX nor x87 states, the GCC option -mgeneral-regs-only should be used"
; target: i686-unknown-linux-gnu
; subject: x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=13: misaligned-call-site mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=14: misaligned-call-site mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=15: misaligned-call-site mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=16: misaligned-call-site mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=17: mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=19: mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=20: mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=22: mmx-state-clobbered x87-state-clobbered
; after-fix: i686-unknown-linux-gnu @ llvm=13: none
; after-fix: i686-unknown-linux-gnu @ llvm=14: none
; after-fix: i686-unknown-linux-gnu @ llvm=15: none
; after-fix: i686-unknown-linux-gnu @ llvm=16: none
; after-fix: i686-unknown-linux-gnu @ llvm=17: none
; after-fix: i686-unknown-linux-gnu @ llvm=19: none
; after-fix: i686-unknown-linux-gnu @ llvm=20: none
; after-fix: i686-unknown-linux-gnu @ llvm=22: none
; oracle: i686-unknown-linux-gnu @ llvm=13: misaligned-call-site mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=14: misaligned-call-site mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=15: misaligned-call-site mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=16: misaligned-call-site mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=17: mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=19: mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=20: mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=22: mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=13: none; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=14: none; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=15: none; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=16: none; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=17: none; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=19: none; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=20: none; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=22: none; CR0.TS=1: #NM
; source: llvm=13: our run, worker-13 (LLVM 13.0.1), by iretlab reproduce --record
; source: llvm=14: our run, llc-14 (LLVM 14.0.6), by iretlab reproduce --record
; source: llvm=15: our run, worker-15 (LLVM 15.0.3), by iretlab reproduce --record
; source: llvm=16: our run, llc-16 (LLVM 16.0.6), by iretlab reproduce --record
; source: llvm=17: our run, worker-17 (LLVM 17.0.6), by iretlab reproduce --record
; source: llvm=19: our run, llc-19 (LLVM 19.1.7), by iretlab reproduce --record
; source: llvm=20: our run, embedded-20 (LLVM 20.1.7), by iretlab reproduce --record
; source: llvm=22: our run, llc-22 (LLVM 22.1.8), by iretlab reproduce --record
; source: upstream: llvm#26785 (listed in rust#40180); x86-64-intrcc.ll @test_isr_x87; GCC testsuite
; RUN: llvm>=15: llc -mtriple=i686-unknown-linux-gnu < %s
; RUN: llvm=14: llc -opaque-pointers -mtriple=i686-unknown-linux-gnu < %s
; RUN: llvm=13: llc -force-opaque-pointers -mtriple=i686-unknown-linux-gnu < %s
; observed: llvm=20: compiles; pushl %ebp; movl %esp,%ebp; pushl edx,ecx,eax; andl $-16,%esp; subl $16,%esp; cld; calll bar; leal -12(%ebp),%esp; pops; iretl; no fxsave/fnsave, no x87/MMX save
target triple = "i686-unknown-linux-gnu"

%F32 = type { i32, i32, i32, i32, i32 }

declare dso_local void @bar()

define x86_intrcc void @h(ptr byval(%F32) %frame) {
entry:
  call void @bar()
  ret void
}
