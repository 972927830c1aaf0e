; id: 16a
; title: leaf handler (no call, asm or rep string op) needs no cld
; upstream: llvm/llvm-project#82415, llvm/llvm-project#81543
; target: x86_64-unknown-linux-gnu
; RUN: llc -mtriple=x86_64-unknown-linux-gnu < %s
; expect-llvm20: compiles; pushq %rax; movq 8(%rsp),%rax; movq %rax,sink(%rip); popq %rax; iretq; no cld
; static-llvm20: x86_64-unknown-linux-gnu => none
; note: LLVM 14.0.6 emits cld here (pre-#82415).
target triple = "x86_64-unknown-linux-gnu"

%F64 = type { i64, i64, i64, i64, i64 }

@sink = dso_local global i64 0, align 8

define x86_intrcc void @h(ptr byval(%F64) %frame) {
entry:
  %rip = load volatile i64, ptr %frame, align 8
  store volatile i64 %rip, ptr @sink, align 8
  ret void
}
