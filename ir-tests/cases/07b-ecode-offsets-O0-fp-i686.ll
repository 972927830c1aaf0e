; id: 07b
; title: -O0 with frame pointer, 32-bit: error code at 4(%ebp), frame at 8(%ebp)
; upstream: rust-lang/rust#57270, D56944
; wrong: LLVM 6 to 8 read the error code off by a slot (rust#57270, fixed by D56944 in LLVM 9)
; correct: error code at 4(%ebp), frame at 8(%ebp), addl $4,%esp; iretl
; gcc: receives the error code as the second argument, of the word type, and pops it (gcc x86 function attributes documentation; gcc.target/i386/interrupt-3.c)
; target: i686-unknown-unknown -O0
; subject: wrong-error-code
; expect: i686-unknown-unknown -O0 @ llvm>=13: none
; after-fix: i686-unknown-unknown -O0 @ llvm>=13: none
; oracle: i686-unknown-unknown -O0 @ llvm>=13: none; CR0.TS=1: no-fault
; oracle-after-fix: i686-unknown-unknown -O0 @ llvm>=13: none; CR0.TS=1: no-fault
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: upstream: x86-32-intrcc.ll @test_fp_2; rust#57270
; RUN: llc -mtriple=i686-unknown-unknown -O0 -relocation-model=static < %s
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
