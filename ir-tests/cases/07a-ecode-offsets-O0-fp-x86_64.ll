; id: 07a
; title: -O0 with frame pointer: error code and frame address read at the right offsets (not 8 bytes off)
; upstream: rust-lang/rust#57270, D56944, phil-opp/blog_os#513
; wrong: LLVM 6 to 8 read the error code 8 bytes off, from the frame RIP slot (rust#57270, fixed by D56944 in LLVM 9)
; correct: movq 16(%rbp) = error code, leaq 24(%rbp) = frame, addq $16,%rsp; iretq
; gcc: receives the error code as the second argument, of the word type, and pops it (gcc x86 function attributes documentation; gcc.target/i386/interrupt-3.c)
; target: x86_64-unknown-unknown -O0
; subject: wrong-error-code
; expect: x86_64-unknown-unknown -O0 @ llvm>=13: none
; after-fix: x86_64-unknown-unknown -O0 @ llvm>=13: none
; oracle: x86_64-unknown-unknown -O0 @ llvm>=13: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-unknown -O0 @ llvm>=13: none; CR0.TS=1: no-fault
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: upstream: x86-64-intrcc.ll @test_fp_2 and @test_copy_elide; rust#57270
; RUN: llc -mtriple=x86_64-unknown-unknown -O0 -relocation-model=static < %s
; observed: llvm=20: compiles; pushq %rax; pushq %rbp; movq %rsp,%rbp; pushq rax,rcx; movq 16(%rbp) = ecode; leaq 24(%rbp) = frame; addq $32 = &frame[4] (56(%rbp)); popq; popq %rbp; addq $16,%rsp; iretq; no cld
; note: LLVM 14.0.6 is the same plus a cld (leaf handler, pre-#82415).
target triple = "x86_64-unknown-unknown"

%F64 = type { i64, i64, i64, i64, i64 }

@ec.sink = dso_local global i64 0, align 8
@frame.sink = dso_local global ptr null, align 8
@ss.sink = dso_local global ptr null, align 8

; As x86-64-intrcc.ll @test_fp_2 / @test_copy_elide.
define x86_intrcc void @h(ptr byval(%F64) %f, i64 %ec) #0 {
entry:
  %ec.addr = alloca i64, align 8
  store i64 %ec, ptr %ec.addr, align 8
  %ec.val = load volatile i64, ptr %ec.addr, align 8
  store volatile i64 %ec.val, ptr @ec.sink, align 8
  store volatile ptr %f, ptr @frame.sink, align 8
  %ss = getelementptr %F64, ptr %f, i32 0, i32 4
  store volatile ptr %ss, ptr @ss.sink, align 8
  ret void
}

attributes #0 = { "frame-pointer"="all" }
