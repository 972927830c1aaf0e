; id: 39
; title: a handler that overwrites its frame's RIP with 0: iretq jumps to address 0, where no in-module callee is
; upstream: none: found by iretlab explore (docs/explore.md, the one-hour run: llvm-stress bodies storing past a local), a disagreement of iretlab's own two verdicts
; wrong: the body stores 0 over the saved RIP (an llvm-stress body's out-of-bounds store; here a volatile store to the frame's first word, which IR allows), so the iretq sends the interrupted code to address 0, where it faults. In the single-stepped scenario the oracle's #DB catcher met it at 0, the address an unused breakpoint slot holds, and once reported that as a misaligned call to an in-module callee, which the static verdict (no call at all) never finds
; correct: only a watched callee's entry is a call; the oracle reports the fault after the iret (handler-fault), the static verdict has no kind for a frame word's value
; target: x86_64-unknown-none
; subject: none
; expect: x86_64-unknown-none @ llvm>=13: none
; after-fix: x86_64-unknown-none @ llvm>=13: none
; oracle: x86_64-unknown-none @ llvm>=13: handler-fault; CR0.TS=1: #GP
; oracle-after-fix: x86_64-unknown-none @ llvm>=13: handler-fault; CR0.TS=1: #GP
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; RUN: llc -mtriple=x86_64-unknown-none -O2 -relocation-model=static < %s
target triple = "x86_64-unknown-none"

%F64 = type { i64, i64, i64, i64, i64 }

define x86_intrcc void @h(ptr byval(%F64) %f) {
entry:
  store volatile i64 0, ptr %f, align 8
  ret void
}
