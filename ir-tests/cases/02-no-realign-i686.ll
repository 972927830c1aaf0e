; id: 02
; title: "no-realign-stack" turns the forced 32-bit handler realignment off (no ebp frame, no andl)
; upstream: D151400 (x86-32-intrcc.ll @test_isr_no_realign), llvm/llvm-project#26851
; wrong: nothing, for LLVM: no-realign-stack asks for no realignment and gets none; a Linux callee (16-byte ABI stack) then runs with a misaligned stack, a hazard the attribute hands to its user
; correct: no ebp frame and no andl (x86-32-intrcc.ll @test_isr_no_realign)
; target: i686-unknown-linux-gnu
; subject: none
; expect: i686-unknown-linux-gnu @ llvm>=13: misaligned-call-site mmx-state-clobbered x87-state-clobbered
; after-fix: i686-unknown-linux-gnu @ llvm>=13: misaligned-call-site
; oracle: i686-unknown-linux-gnu @ llvm>=13: misaligned-call-site mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu @ llvm>=13: misaligned-call-site; CR0.TS=1: #NM
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: upstream: x86-32-intrcc.ll @test_isr_no_realign
; RUN: llc -mtriple=i686-unknown-linux-gnu -O2 -relocation-model=static < %s
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
