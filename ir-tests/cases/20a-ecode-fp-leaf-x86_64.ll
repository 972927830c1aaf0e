; id: 20a
; title: error-code leaf handler with frame pointer pops error code and padding (addq $16) before iretq
; upstream: D30049, D56944, rust-lang/rust#57270
; wrong: nothing known: a control for the error-code pop with a frame pointer
; correct: pushq %rax; pushq %rbp; movq %rsp,%rbp ... popq %rbp; addq $16,%rsp; iretq
; target: x86_64-unknown-linux-gnu
; subject: sp-at-iret-wrong
; expect: x86_64-unknown-linux-gnu @ llvm=13: none
; expect: x86_64-unknown-linux-gnu @ llvm=14: none
; expect: x86_64-unknown-linux-gnu @ llvm=15: none
; expect: x86_64-unknown-linux-gnu @ llvm=16: none
; expect: x86_64-unknown-linux-gnu @ llvm=17: none
; expect: x86_64-unknown-linux-gnu @ llvm=19: none
; expect: x86_64-unknown-linux-gnu @ llvm=20: none
; expect: x86_64-unknown-linux-gnu @ llvm=22: none
; after-fix: x86_64-unknown-linux-gnu @ llvm=13: none
; after-fix: x86_64-unknown-linux-gnu @ llvm=14: none
; after-fix: x86_64-unknown-linux-gnu @ llvm=15: none
; after-fix: x86_64-unknown-linux-gnu @ llvm=16: none
; after-fix: x86_64-unknown-linux-gnu @ llvm=17: none
; after-fix: x86_64-unknown-linux-gnu @ llvm=19: none
; after-fix: x86_64-unknown-linux-gnu @ llvm=20: none
; after-fix: x86_64-unknown-linux-gnu @ llvm=22: none
; oracle: x86_64-unknown-linux-gnu @ llvm=13: none; CR0.TS=1: no-fault
; oracle: x86_64-unknown-linux-gnu @ llvm=14: none; CR0.TS=1: no-fault
; oracle: x86_64-unknown-linux-gnu @ llvm=15: none; CR0.TS=1: no-fault
; oracle: x86_64-unknown-linux-gnu @ llvm=16: none; CR0.TS=1: no-fault
; oracle: x86_64-unknown-linux-gnu @ llvm=17: none; CR0.TS=1: no-fault
; oracle: x86_64-unknown-linux-gnu @ llvm=19: none; CR0.TS=1: no-fault
; oracle: x86_64-unknown-linux-gnu @ llvm=20: none; CR0.TS=1: no-fault
; oracle: x86_64-unknown-linux-gnu @ llvm=22: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=13: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=14: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=15: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=16: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=17: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=19: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=20: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=22: none; CR0.TS=1: no-fault
; source: llvm=13: our run, worker-13 (LLVM 13.0.1), by iretlab reproduce --record
; source: llvm=14: our run, llc-14 (LLVM 14.0.6), by iretlab reproduce --record
; source: llvm=15: our run, worker-15 (LLVM 15.0.3), by iretlab reproduce --record
; source: llvm=16: our run, llc-16 (LLVM 16.0.6), by iretlab reproduce --record
; source: llvm=17: our run, worker-17 (LLVM 17.0.6), by iretlab reproduce --record
; source: llvm=19: our run, llc-19 (LLVM 19.1.7), by iretlab reproduce --record
; source: llvm=20: our run, embedded-20 (LLVM 20.1.7), by iretlab reproduce --record
; source: llvm=22: our run, llc-22 (LLVM 22.1.8), by iretlab reproduce --record
; source: upstream: x86-64-intrcc.ll @test_fp_1/@test_fp_2
; RUN: llvm>=15: llc -mtriple=x86_64-unknown-linux-gnu < %s
; RUN: llvm=14: llc -opaque-pointers -mtriple=x86_64-unknown-linux-gnu < %s
; RUN: llvm=13: llc -force-opaque-pointers -mtriple=x86_64-unknown-linux-gnu < %s
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
