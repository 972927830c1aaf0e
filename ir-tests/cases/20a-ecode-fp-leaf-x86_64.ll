; id: 20a
; title: error-code leaf handler with frame pointer pops error code and padding (addq $16) before iretq
; upstream: D30049, D56944, rust-lang/rust#57270
; target: x86_64-unknown-linux-gnu
; RUN: llc -mtriple=x86_64-unknown-linux-gnu < %s
; expect-llvm20: compiles; pushq %rax; pushq %rbp; movq %rsp,%rbp; pushq %rax; movq 16(%rbp),%rax (ecode); popq %rax; popq %rbp; addq $16,%rsp; iretq; no cld
; static-llvm20: x86_64-unknown-linux-gnu => none
target triple = "x86_64-unknown-linux-gnu"

%F64 = type { i64, i64, i64, i64, i64 }

@sink = dso_local global i64 0, align 8

define x86_intrcc void @h(ptr byval(%F64) %f, i64 %ec) #0 {
entry:
  store volatile i64 %ec, ptr @sink, align 8
  ret void
}

attributes #0 = { "frame-pointer"="all" }
