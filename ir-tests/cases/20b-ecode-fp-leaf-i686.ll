; id: 20b
; title: error-code leaf handler with frame pointer, 32-bit: pops the error code (addl $4) before iretl
; upstream: D56944, D151400
; wrong: nothing known: a control for the error-code pop with a frame pointer
; correct: ... leal -4(%ebp),%esp; popl %ebp; addl $4,%esp; iretl
; target: i686-unknown-linux-gnu
; subject: sp-at-iret-wrong
; expect: i686-unknown-linux-gnu @ llvm>=13: none
; after-fix: i686-unknown-linux-gnu @ llvm>=13: none
; oracle: i686-unknown-linux-gnu @ llvm>=13: none; CR0.TS=1: no-fault
; oracle-after-fix: i686-unknown-linux-gnu @ llvm>=13: none; CR0.TS=1: no-fault
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: upstream: x86-32-intrcc.ll
; RUN: llc -mtriple=i686-unknown-linux-gnu -O2 -relocation-model=static < %s
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
