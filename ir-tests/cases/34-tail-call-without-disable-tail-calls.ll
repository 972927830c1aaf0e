; id: 34
; title: a call in tail position without "disable-tail-calls": does the backend turn it into a jmp?
; upstream: D17853 (Clang sets disable-tail-calls on handlers), GCC interrupt-sibcall-1.c
; wrong: a tail call (jmp) out of an interrupt handler would return to the interrupted code with ret instead of iret; the fact sheet lists IR without the attribute as an open question
; correct: callq, then the epilogue and iretq/iretl (what GCC does: no sibcall from an interrupt handler)
; target: x86_64-unknown-none
; target: i686-unknown-linux-gnu
; subject: not-iret
; expect: i686-unknown-linux-gnu @ llvm13-16: misaligned-call-site mmx-state-clobbered x87-state-clobbered
; expect: x86_64-unknown-none @ llvm>=13: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm>=17: mmx-state-clobbered x87-state-clobbered
; after-fix: * @ llvm>=13: none
; oracle: i686-unknown-linux-gnu @ llvm13-16: misaligned-call-site mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-none @ llvm>=13: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm>=17: mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: * @ llvm>=13: none; CR0.TS=1: #NM
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; RUN: llc -mtriple=x86_64-unknown-none -O2 -relocation-model=static < %s
; RUN: llc -mtriple=i686-unknown-linux-gnu -O2 -relocation-model=static < %s
; note: measured: neither LLVM 14 nor 20 turns the tail call into a jmp; the open question of the fact sheet is settled for these versions (callq, then iretq/iretl).
target triple = "x86_64-unknown-none"

declare dso_local void @log_interrupt()

define x86_intrcc void @h(ptr byval(i64) %frame) {
entry:
  tail call void @log_interrupt()
  ret void
}
