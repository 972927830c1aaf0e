; id: 20a
; title: error-code leaf handler with frame pointer pops error code and padding (addq $16) before iretq
; upstream: D30049, D56944, rust-lang/rust#57270
; wrong: nothing known: a control for the error-code pop with a frame pointer
; correct: pushq %rax; pushq %rbp; movq %rsp,%rbp ... popq %rbp; addq $16,%rsp; iretq
; target: x86_64-unknown-linux-gnu
; subject: sp-at-iret-wrong
; expect: x86_64-unknown-linux-gnu @ llvm>=13: none
; after-fix: x86_64-unknown-linux-gnu @ llvm>=13: none
; oracle: x86_64-unknown-linux-gnu @ llvm>=13: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm>=13: none; CR0.TS=1: no-fault
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: upstream: x86-64-intrcc.ll @test_fp_1/@test_fp_2
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -relocation-model=static < %s
; observed: llvm=20: compiles; pushq %rax; pushq %rbp; movq %rsp,%rbp; pushq %rax; movq 16(%rbp),%rax (ecode); popq %rax; popq %rbp; addq $16,%rsp; iretq; no cld
target triple = "x86_64-unknown-linux-gnu"

%F64 = type { i64, i64, i64, i64, i64 }

@sink = dso_local global i64 0, align 8

define x86_intrcc void @h(ptr byval(%F64) %f, i64 %ec) #0 {
entry:
  store volatile i64 %ec, ptr @sink, align 8
  ret void
}

attributes #0 = { "frame-pointer"="all" }
