; id: 34
; title: a call in tail position without "disable-tail-calls": does the backend turn it into a jmp?
; upstream: D17853 (Clang sets disable-tail-calls on handlers), GCC interrupt-sibcall-1.c
; wrong: a tail call (jmp) out of an interrupt handler would return to the interrupted code with ret instead of iret; the fact sheet lists IR without the attribute as an open question
; correct: callq, then the epilogue and iretq/iretl (what GCC does: no sibcall from an interrupt handler)
; target: x86_64-unknown-none
; target: i686-unknown-linux-gnu
; subject: not-iret
; expect: x86_64-unknown-none @ llvm=13: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-none @ llvm=14: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-none @ llvm=15: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-none @ llvm=16: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-none @ llvm=17: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-none @ llvm=19: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-none @ llvm=20: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-none @ llvm=22: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=13: misaligned-call-site mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=14: misaligned-call-site mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=15: misaligned-call-site mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=16: misaligned-call-site mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=17: mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=19: mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=20: mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=22: mmx-state-clobbered x87-state-clobbered
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
; oracle: x86_64-unknown-none @ llvm=13: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-none @ llvm=14: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-none @ llvm=15: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-none @ llvm=16: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-none @ llvm=17: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-none @ llvm=19: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-none @ llvm=20: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-none @ llvm=22: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=13: misaligned-call-site mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=14: misaligned-call-site mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=15: misaligned-call-site mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=16: misaligned-call-site mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=17: mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=19: mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=20: mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=22: mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-none @ llvm=13: none; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-none @ llvm=14: none; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-none @ llvm=15: none; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-none @ llvm=16: none; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-none @ llvm=17: none; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-none @ llvm=19: none; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-none @ llvm=20: none; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-none @ llvm=22: none; CR0.TS=1: #NM
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
; RUN: llvm>=15: llc -mtriple=x86_64-unknown-none < %s
; RUN: llvm=14: llc -opaque-pointers -mtriple=x86_64-unknown-none < %s
; RUN: llvm>=15: llc -mtriple=i686-unknown-linux-gnu < %s
; RUN: llvm=14: llc -opaque-pointers -mtriple=i686-unknown-linux-gnu < %s
; note: measured: neither LLVM 14 nor 20 turns the tail call into a jmp; the open question of the fact sheet is settled for these versions (callq, then iretq/iretl).
target triple = "x86_64-unknown-none"

declare dso_local void @log_interrupt()

define x86_intrcc void @h(ptr byval(i64) %frame) {
entry:
  tail call void @log_interrupt()
  ret void
}
