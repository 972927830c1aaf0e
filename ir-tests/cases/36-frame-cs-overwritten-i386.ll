; id: 36
; title: a handler that overwrites the CS word of its own frame: its iret faults at the right SP (explore's llvm-stress bodies do this)
; upstream: none: found by iretlab explore (docs/explore.md, the one-hour run), a disagreement of iretlab's own two verdicts
; wrong: the body stores past a small alloca into the CPU's frame above it (an llvm-stress body's out-of-bounds store; here a volatile store to the frame's CS word, which IR allows): iretl pops CS = 0xffff and raises #GP(0xfffc). SP at the iret is right, so this is not sp-at-iret-wrong: the oracle once called every faulting iret that, which the static verdict (SP is right) never finds
; correct: a handler writes only the frame words it means to (the IP, to skip an instruction), never CS, EFLAGS or SS with junk; the static verdict has no kind for a frame word's value, the oracle reports handler-fault at the iretl
; target: i386-unknown-none
; subject: none
; expect: i386-unknown-none @ llvm>=13: none
; after-fix: i386-unknown-none @ llvm>=13: none
; oracle: i386-unknown-none @ llvm>=13: handler-fault; CR0.TS=1: #GP
; oracle-after-fix: i386-unknown-none @ llvm>=13: handler-fault; CR0.TS=1: #GP
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; RUN: llc -mtriple=i386-unknown-none -O2 -relocation-model=static < %s
target triple = "i386-unknown-none"

%F32 = type { i32, i32, i32 }

define x86_intrcc void @h(ptr byval(%F32) %f) {
entry:
  %cs = getelementptr inbounds %F32, ptr %f, i32 0, i32 1
  store volatile i32 -1, ptr %cs, align 4
  ret void
}
