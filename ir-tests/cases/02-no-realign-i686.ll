; id: 02
; title: "no-realign-stack" turns the forced 32-bit handler realignment off (no ebp frame, no andl)
; upstream: D151400 (x86-32-intrcc.ll @test_isr_no_realign), llvm/llvm-project#26851
; wrong: nothing, for LLVM: no-realign-stack asks for no realignment and gets none; a Linux callee (16-byte ABI stack) then runs with a misaligned stack, a hazard the attribute hands to its user
; correct: no ebp frame and no andl (x86-32-intrcc.ll @test_isr_no_realign)
; target: i686-unknown-linux-gnu
; subject: none
; expect: i686-unknown-linux-gnu @ llvm=13: misaligned-call-site mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=14: misaligned-call-site mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=15: misaligned-call-site mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=16: misaligned-call-site mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=17: misaligned-call-site mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=19: misaligned-call-site mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=20: misaligned-call-site mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=22: misaligned-call-site mmx-state-clobbered x87-state-clobbered
; after-fix: i686-unknown-linux-gnu @ llvm=13: misaligned-call-site
; after-fix: i686-unknown-linux-gnu @ llvm=14: misaligned-call-site
; after-fix: i686-unknown-linux-gnu @ llvm=15: misaligned-call-site
; after-fix: i686-unknown-linux-gnu @ llvm=16: misaligned-call-site
; after-fix: i686-unknown-linux-gnu @ llvm=17: misaligned-call-site
; after-fix: i686-unknown-linux-gnu @ llvm=19: misaligned-call-site
; after-fix: i686-unknown-linux-gnu @ llvm=20: misaligned-call-site
; after-fix: i686-unknown-linux-gnu @ llvm=22: misaligned-call-site
; oracle: i686-unknown-linux-gnu @ llvm=13: misaligned-call-site mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=14: misaligned-call-site mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=15: misaligned-call-site mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=16: misaligned-call-site mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=17: misaligned-call-site mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=19: misaligned-call-site mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=20: misaligned-call-site mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=22: misaligned-call-site mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=13: misaligned-call-site; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=14: misaligned-call-site; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=15: misaligned-call-site; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=16: misaligned-call-site; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=17: misaligned-call-site; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=19: misaligned-call-site; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=20: misaligned-call-site; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=22: misaligned-call-site; CR0.TS=1: #NM
; source: llvm=13: our run, worker-13 (LLVM 13.0.1), by iretlab reproduce --record
; source: llvm=14: our run, llc-14 (LLVM 14.0.6), by iretlab reproduce --record
; source: llvm=15: our run, worker-15 (LLVM 15.0.3), by iretlab reproduce --record
; source: llvm=16: our run, llc-16 (LLVM 16.0.6), by iretlab reproduce --record
; source: llvm=17: our run, worker-17 (LLVM 17.0.6), by iretlab reproduce --record
; source: llvm=19: our run, llc-19 (LLVM 19.1.7), by iretlab reproduce --record
; source: llvm=20: our run, embedded-20 (LLVM 20.1.7), by iretlab reproduce --record
; source: llvm=22: our run, llc-22 (LLVM 22.1.8), by iretlab reproduce --record
; source: upstream: x86-32-intrcc.ll @test_isr_no_realign
; RUN: llvm>=15: llc -mtriple=i686-unknown-linux-gnu < %s
; RUN: llvm=14: llc -opaque-pointers -mtriple=i686-unknown-linux-gnu < %s
; RUN: llvm=13: llc -force-opaque-pointers -mtriple=i686-unknown-linux-gnu < %s
; observed: llvm=20: compiles; no ebp frame, no andl: pushl edx,ecx,eax; cld; calll bar; movl $0,i; popl x3; iretl (ESP at the call only as aligned as the entry ESP)
target triple = "i686-unknown-linux-gnu"

%F32 = type { i32, i32, i32, i32, i32 }

@i = external dso_local global i32

declare dso_local void @bar()

define x86_intrcc void @foo(ptr byval(%F32) %frame) #0 {
entry:
  call void @bar()
  store volatile i32 0, ptr @i, align 4
  ret void
}

attributes #0 = { "no-realign-stack" }
