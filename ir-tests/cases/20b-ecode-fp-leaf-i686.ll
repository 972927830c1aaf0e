; id: 20b
; title: error-code leaf handler with frame pointer, 32-bit: pops the error code (addl $4) before iretl
; upstream: D56944, D151400
; wrong: nothing known: a control for the error-code pop with a frame pointer
; correct: ... leal -4(%ebp),%esp; popl %ebp; addl $4,%esp; iretl
; target: i686-unknown-linux-gnu
; subject: sp-at-iret-wrong
; expect: i686-unknown-linux-gnu @ llvm=13: none
; expect: i686-unknown-linux-gnu @ llvm=14: none
; expect: i686-unknown-linux-gnu @ llvm=15: none
; expect: i686-unknown-linux-gnu @ llvm=16: none
; expect: i686-unknown-linux-gnu @ llvm=17: none
; expect: i686-unknown-linux-gnu @ llvm=19: none
; expect: i686-unknown-linux-gnu @ llvm=20: none
; expect: i686-unknown-linux-gnu @ llvm=22: none
; after-fix: i686-unknown-linux-gnu @ llvm=13: none
; after-fix: i686-unknown-linux-gnu @ llvm=14: none
; after-fix: i686-unknown-linux-gnu @ llvm=15: none
; after-fix: i686-unknown-linux-gnu @ llvm=16: none
; after-fix: i686-unknown-linux-gnu @ llvm=17: none
; after-fix: i686-unknown-linux-gnu @ llvm=19: none
; after-fix: i686-unknown-linux-gnu @ llvm=20: none
; after-fix: i686-unknown-linux-gnu @ llvm=22: none
; oracle: i686-unknown-linux-gnu @ llvm=13: none; CR0.TS=1: no-fault
; oracle: i686-unknown-linux-gnu @ llvm=14: none; CR0.TS=1: no-fault
; oracle: i686-unknown-linux-gnu @ llvm=15: none; CR0.TS=1: no-fault
; oracle: i686-unknown-linux-gnu @ llvm=16: none; CR0.TS=1: no-fault
; oracle: i686-unknown-linux-gnu @ llvm=17: none; CR0.TS=1: no-fault
; oracle: i686-unknown-linux-gnu @ llvm=19: none; CR0.TS=1: no-fault
; oracle: i686-unknown-linux-gnu @ llvm=20: none; CR0.TS=1: no-fault
; oracle: i686-unknown-linux-gnu @ llvm=22: none; CR0.TS=1: no-fault
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
; source: upstream: x86-32-intrcc.ll
; RUN: llvm>=15: llc -mtriple=i686-unknown-linux-gnu < %s
; RUN: llvm=14: llc -opaque-pointers -mtriple=i686-unknown-linux-gnu < %s
; RUN: llvm=13: llc -force-opaque-pointers -mtriple=i686-unknown-linux-gnu < %s
; observed: llvm=20: compiles; pushl %ebp; movl %esp,%ebp; pushl %eax; andl $-16,%esp; movl 4(%ebp),%eax (ecode); leal -4(%ebp),%esp; popl %eax; popl %ebp; addl $4,%esp; iretl; no cld
target triple = "i686-unknown-linux-gnu"

%F32 = type { i32, i32, i32, i32, i32 }

@sink = dso_local global i32 0, align 4

define x86_intrcc void @h(ptr byval(%F32) %f, i32 %ec) #0 {
entry:
  store volatile i32 %ec, ptr @sink, align 4
  ret void
}

attributes #0 = { "frame-pointer"="all" }
