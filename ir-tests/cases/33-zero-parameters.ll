; id: 33
; title: the 0-parameter form (no frame parameter at all) is legal and compiles to a plain iret handler
; upstream: D15567 (X86_INTR definition), rust-lang/rust#40180
; wrong: nothing known; the fact sheet says the 0-argument form is legal, this case settles it by running
; correct: the handler saves what it uses and returns with iretq/iretl, no error code popped
; target: x86_64-unknown-none
; target: i686-unknown-linux-gnu
; subject: none
; expect: * @ llvm>=13: none
; after-fix: * @ llvm>=13: none
; oracle: * @ llvm>=13: none; CR0.TS=1: no-fault
; oracle-after-fix: * @ llvm>=13: none; CR0.TS=1: no-fault
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; RUN: llc -mtriple=x86_64-unknown-none -O2 -relocation-model=static < %s
; RUN: llc -mtriple=i686-unknown-linux-gnu -O2 -relocation-model=static < %s
target triple = "x86_64-unknown-none"

@ticks = dso_local global i64 0

define x86_intrcc void @timer_tick() {
entry:
  %t = load volatile i64, ptr @ticks
  %n = add i64 %t, 1
  store volatile i64 %n, ptr @ticks
  ret void
}
