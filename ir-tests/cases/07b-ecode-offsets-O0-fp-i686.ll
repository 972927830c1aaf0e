; id: 07b
; title: -O0 with frame pointer, 32-bit: error code at 4(%ebp), frame at 8(%ebp)
; upstream: rust-lang/rust#57270, D56944
; wrong: LLVM 6 to 8 read the error code off by a slot (rust#57270, fixed by D56944 in LLVM 9)
; correct: error code at 4(%ebp), frame at 8(%ebp), addl $4,%esp; iretl
; gcc: receives the error code as the second argument, of the word type, and pops it (gcc x86 function attributes documentation; gcc.target/i386/interrupt-3.c)
; target: i686-unknown-unknown -O0
; subject: wrong-error-code
; expect: i686-unknown-unknown -O0 @ llvm=13: none
; expect: i686-unknown-unknown -O0 @ llvm=14: none
; expect: i686-unknown-unknown -O0 @ llvm=15: none
; expect: i686-unknown-unknown -O0 @ llvm=16: none
; expect: i686-unknown-unknown -O0 @ llvm=17: none
; expect: i686-unknown-unknown -O0 @ llvm=19: none
; expect: i686-unknown-unknown -O0 @ llvm=20: none
; expect: i686-unknown-unknown -O0 @ llvm=22: none
; after-fix: i686-unknown-unknown -O0 @ llvm=13: none
; after-fix: i686-unknown-unknown -O0 @ llvm=14: none
; after-fix: i686-unknown-unknown -O0 @ llvm=15: none
; after-fix: i686-unknown-unknown -O0 @ llvm=16: none
; after-fix: i686-unknown-unknown -O0 @ llvm=17: none
; after-fix: i686-unknown-unknown -O0 @ llvm=19: none
; after-fix: i686-unknown-unknown -O0 @ llvm=20: none
; after-fix: i686-unknown-unknown -O0 @ llvm=22: none
; oracle: i686-unknown-unknown -O0 @ llvm=13: none; CR0.TS=1: no-fault
; oracle: i686-unknown-unknown -O0 @ llvm=14: none; CR0.TS=1: no-fault
; oracle: i686-unknown-unknown -O0 @ llvm=15: none; CR0.TS=1: no-fault
; oracle: i686-unknown-unknown -O0 @ llvm=16: none; CR0.TS=1: no-fault
; oracle: i686-unknown-unknown -O0 @ llvm=17: none; CR0.TS=1: no-fault
; oracle: i686-unknown-unknown -O0 @ llvm=19: none; CR0.TS=1: no-fault
; oracle: i686-unknown-unknown -O0 @ llvm=20: none; CR0.TS=1: no-fault
; oracle: i686-unknown-unknown -O0 @ llvm=22: none; CR0.TS=1: no-fault
; oracle-after-fix: i686-unknown-unknown -O0 @ llvm=13: none; CR0.TS=1: no-fault
; oracle-after-fix: i686-unknown-unknown -O0 @ llvm=14: none; CR0.TS=1: no-fault
; oracle-after-fix: i686-unknown-unknown -O0 @ llvm=15: none; CR0.TS=1: no-fault
; oracle-after-fix: i686-unknown-unknown -O0 @ llvm=16: none; CR0.TS=1: no-fault
; oracle-after-fix: i686-unknown-unknown -O0 @ llvm=17: none; CR0.TS=1: no-fault
; oracle-after-fix: i686-unknown-unknown -O0 @ llvm=19: none; CR0.TS=1: no-fault
; oracle-after-fix: i686-unknown-unknown -O0 @ llvm=20: none; CR0.TS=1: no-fault
; oracle-after-fix: i686-unknown-unknown -O0 @ llvm=22: none; CR0.TS=1: no-fault
; source: llvm=13: our run, worker-13 (LLVM 13.0.1), by iretlab reproduce --record
; source: llvm=14: our run, llc-14 (LLVM 14.0.6), by iretlab reproduce --record
; source: llvm=15: our run, worker-15 (LLVM 15.0.3), by iretlab reproduce --record
; source: llvm=16: our run, llc-16 (LLVM 16.0.6), by iretlab reproduce --record
; source: llvm=17: our run, worker-17 (LLVM 17.0.6), by iretlab reproduce --record
; source: llvm=19: our run, llc-19 (LLVM 19.1.7), by iretlab reproduce --record
; source: llvm=20: our run, embedded-20 (LLVM 20.1.7), by iretlab reproduce --record
; source: llvm=22: our run, llc-22 (LLVM 22.1.8), by iretlab reproduce --record
; source: upstream: x86-32-intrcc.ll @test_fp_2; rust#57270
; RUN: llvm>=15: llc -mtriple=i686-unknown-unknown -O0 < %s
; RUN: llvm=14: llc -opaque-pointers -mtriple=i686-unknown-unknown -O0 < %s
; RUN: llvm=13: llc -force-opaque-pointers -mtriple=i686-unknown-unknown -O0 < %s
; observed: llvm=20: compiles; pushl %ebp; movl %esp,%ebp; pushl ecx,eax; andl $-16,%esp; movl 4(%ebp) = ecode; leal 8(%ebp) = frame; addl $16 = &frame[4]; leal -8(%ebp),%esp; pops; addl $4,%esp; iretl; no cld
; note: LLVM 14.0.6: same offsets, cld instead of the andl/leal realignment.
target triple = "i686-unknown-unknown"

%F32 = type { i32, i32, i32, i32, i32 }

@ec.sink = dso_local global i32 0, align 4
@frame.sink = dso_local global ptr null, align 4
@ss.sink = dso_local global ptr null, align 4

; As x86-32-intrcc.ll @test_fp_2 / @test_copy_elide.
define x86_intrcc void @h(ptr byval(%F32) %f, i32 %ec) #0 {
entry:
  %ec.addr = alloca i32, align 4
  store i32 %ec, ptr %ec.addr, align 4
  %ec.val = load volatile i32, ptr %ec.addr, align 4
  store volatile i32 %ec.val, ptr @ec.sink, align 4
  store volatile ptr %f, ptr @frame.sink, align 4
  %ss = getelementptr %F32, ptr %f, i32 0, i32 4
  store volatile ptr %ss, ptr @ss.sink, align 4
  ret void
}

attributes #0 = { "frame-pointer"="all" }
