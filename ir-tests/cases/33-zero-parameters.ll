; id: 33
; title: the 0-parameter form (no frame parameter at all) is legal and compiles to a plain iret handler
; upstream: D15567 (X86_INTR definition), rust-lang/rust#40180
; wrong: nothing known; the fact sheet says the 0-argument form is legal, this case settles it by running
; correct: the handler saves what it uses and returns with iretq/iretl, no error code popped
; target: x86_64-unknown-none
; target: i686-unknown-linux-gnu
; subject: none
; expect: x86_64-unknown-none @ llvm=13: none
; expect: x86_64-unknown-none @ llvm=14: none
; expect: x86_64-unknown-none @ llvm=15: none
; expect: x86_64-unknown-none @ llvm=16: none
; expect: x86_64-unknown-none @ llvm=17: none
; expect: x86_64-unknown-none @ llvm=19: none
; expect: x86_64-unknown-none @ llvm=20: none
; expect: x86_64-unknown-none @ llvm=22: none
; expect: i686-unknown-linux-gnu @ llvm=13: none
; expect: i686-unknown-linux-gnu @ llvm=14: none
; expect: i686-unknown-linux-gnu @ llvm=15: none
; expect: i686-unknown-linux-gnu @ llvm=16: none
; expect: i686-unknown-linux-gnu @ llvm=17: none
; expect: i686-unknown-linux-gnu @ llvm=19: none
; expect: i686-unknown-linux-gnu @ llvm=20: none
; expect: i686-unknown-linux-gnu @ llvm=22: none
; after-fix: x86_64-unknown-none @ llvm=13: none
; after-fix: x86_64-unknown-none @ llvm=14: none
; after-fix: x86_64-unknown-none @ llvm=15: none
; after-fix: x86_64-unknown-none @ llvm=16: none
; after-fix: x86_64-unknown-none @ llvm=17: none
; after-fix: x86_64-unknown-none @ llvm=19: none
; after-fix: x86_64-unknown-none @ llvm=20: none
; after-fix: x86_64-unknown-none @ llvm=22: none
; after-fix: i686-unknown-linux-gnu @ llvm=13: none
; after-fix: i686-unknown-linux-gnu @ llvm=14: none
; after-fix: i686-unknown-linux-gnu @ llvm=15: none
; after-fix: i686-unknown-linux-gnu @ llvm=16: none
; after-fix: i686-unknown-linux-gnu @ llvm=17: none
; after-fix: i686-unknown-linux-gnu @ llvm=19: none
; after-fix: i686-unknown-linux-gnu @ llvm=20: none
; after-fix: i686-unknown-linux-gnu @ llvm=22: none
; oracle: x86_64-unknown-none @ llvm=13: none; CR0.TS=1: no-fault
; oracle: x86_64-unknown-none @ llvm=14: none; CR0.TS=1: no-fault
; oracle: x86_64-unknown-none @ llvm=15: none; CR0.TS=1: no-fault
; oracle: x86_64-unknown-none @ llvm=16: none; CR0.TS=1: no-fault
; oracle: x86_64-unknown-none @ llvm=17: none; CR0.TS=1: no-fault
; oracle: x86_64-unknown-none @ llvm=19: none; CR0.TS=1: no-fault
; oracle: x86_64-unknown-none @ llvm=20: none; CR0.TS=1: no-fault
; oracle: x86_64-unknown-none @ llvm=22: none; CR0.TS=1: no-fault
; oracle: i686-unknown-linux-gnu @ llvm=13: none; CR0.TS=1: no-fault
; oracle: i686-unknown-linux-gnu @ llvm=14: none; CR0.TS=1: no-fault
; oracle: i686-unknown-linux-gnu @ llvm=15: none; CR0.TS=1: no-fault
; oracle: i686-unknown-linux-gnu @ llvm=16: none; CR0.TS=1: no-fault
; oracle: i686-unknown-linux-gnu @ llvm=17: none; CR0.TS=1: no-fault
; oracle: i686-unknown-linux-gnu @ llvm=19: none; CR0.TS=1: no-fault
; oracle: i686-unknown-linux-gnu @ llvm=20: none; CR0.TS=1: no-fault
; oracle: i686-unknown-linux-gnu @ llvm=22: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-none @ llvm=13: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-none @ llvm=14: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-none @ llvm=15: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-none @ llvm=16: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-none @ llvm=17: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-none @ llvm=19: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-none @ llvm=20: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-none @ llvm=22: none; CR0.TS=1: no-fault
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=13: none; CR0.TS=1: no-fault
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=14: none; CR0.TS=1: no-fault
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=15: none; CR0.TS=1: no-fault
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=16: none; CR0.TS=1: no-fault
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=17: none; CR0.TS=1: no-fault
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=19: none; CR0.TS=1: no-fault
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=20: none; CR0.TS=1: no-fault
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=22: none; CR0.TS=1: no-fault
; source: llvm=13: our run, worker-13 (LLVM 13.0.1), by iretlab reproduce --record
; source: llvm=14: our run, llc-14 (LLVM 14.0.6), by iretlab reproduce --record
; source: llvm=15: our run, worker-15 (LLVM 15.0.3), by iretlab reproduce --record
; source: llvm=16: our run, llc-16 (LLVM 16.0.6), by iretlab reproduce --record
; source: llvm=17: our run, worker-17 (LLVM 17.0.6), by iretlab reproduce --record
; source: llvm=19: our run, llc-19 (LLVM 19.1.7), by iretlab reproduce --record
; source: llvm=20: our run, embedded-20 (LLVM 20.1.7), by iretlab reproduce --record
; source: llvm=22: our run, llc-22 (LLVM 22.1.8), by iretlab reproduce --record
; RUN: llvm>=15: llc -mtriple=x86_64-unknown-none < %s
; RUN: llvm=14: llc -opaque-pointers -mtriple=x86_64-unknown-none < %s
; RUN: llvm>=15: llc -mtriple=i686-unknown-linux-gnu < %s
; RUN: llvm=14: llc -opaque-pointers -mtriple=i686-unknown-linux-gnu < %s
target triple = "x86_64-unknown-none"

@ticks = dso_local global i64 0

define x86_intrcc void @timer_tick() {
entry:
  %t = load volatile i64, ptr @ticks
  %n = add i64 %t, 1
  store volatile i64 %n, ptr @ticks
  ret void
}
