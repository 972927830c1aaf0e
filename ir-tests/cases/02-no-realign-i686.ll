; id: 02
; title: "no-realign-stack" turns the forced 32-bit handler realignment off (no ebp frame, no andl)
; upstream: D151400 (x86-32-intrcc.ll @test_isr_no_realign), llvm/llvm-project#26851
; target: i686-unknown-linux-gnu
; RUN: llc -mtriple=i686-unknown-linux-gnu < %s
; expect-llvm20: compiles; no ebp frame, no andl: pushl edx,ecx,eax; cld; calll bar; movl $0,i; popl x3; iretl (ESP at the call only as aligned as the entry ESP)
; static-llvm20: i686-unknown-linux-gnu => misaligned-call-site x87-state-clobbered
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
