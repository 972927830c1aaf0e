; id: explore-x87-zero-store-i386
; title: an i386 handler that only stores double zeros uses the x87 stack from LLVM 19 on (fldz; fstl; fstpl), and saves no x87 state
; upstream: llvm/llvm-project#26785
; wrong: LLVM 19 and later store the two double zeros through the x87 stack (fldz, fstl, fstpl) where LLVM 16 and 17 wrote integer zeros (movl $0); the handler saves no x87 state (llvm#26785), so a handler with no floating-point arithmetic at all now changes the interrupted code's x87 registers, status and tag words, and faults if its x87 stack is full
; correct: the zeros stored with integer moves (no x87 in a handler that computes nothing in floating point), or the x87 state saved around the body (fnsave/fxsave)
; gcc: saves no x87 state in interrupt handlers and asks for -mgeneral-regs-only, under which no x87 instruction is emitted
; target: i386-unknown-none
; subject: x87-state-clobbered
; expect: i386-unknown-none @ llvm13-17: none
; expect: i386-unknown-none @ llvm>=19: mmx-state-clobbered x87-state-clobbered
; after-fix: i386-unknown-none @ llvm>=13: none
; oracle: i386-unknown-none @ llvm13-17: none; CR0.TS=1: no-fault
; oracle: i386-unknown-none @ llvm>=19: mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: i386-unknown-none @ llvm13-17: none; CR0.TS=1: no-fault
; oracle-after-fix: i386-unknown-none @ llvm>=19: none; CR0.TS=1: #NM
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: iretlab explore --seed 2026 (the one-hour run): x87-state-clobbered and mmx-state-clobbered at fldz in 17 llvm-stress handlers on i386 and i686 (e.g. explore_000266), REGRESSION: fine on LLVM 16 and 17, bad on 19, 20 and 22
; note: Bisected by the versions installed here: the change is between LLVM 17.0.6 and 19.1.3 (no 18 can be had).
; RUN: llc -mtriple=i386-unknown-none -O2 -relocation-model=static < %s
target triple = "i386-unknown-none"

@zeros = dso_local global [2 x double] zeroinitializer, align 8

define x86_intrcc void @h() {
entry:
  %second = getelementptr inbounds [2 x double], ptr @zeros, i32 0, i32 1
  store double 0.000000e+00, ptr @zeros, align 8
  store double 0.000000e+00, ptr %second, align 8
  ret void
}
