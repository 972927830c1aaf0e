; id: 19
; title: Rust-style by-reference frame byval(ptr): the handler reads the saved RIP as the frame pointer
; upstream: hermit-os/kernel#195, rust-osdev/x86_64#242, rust-lang/rust#162457
; target: x86_64-unknown-linux-gnu
; RUN: llc -mtriple=x86_64-unknown-linux-gnu < %s
; expect-llvm20: compiles; pushq %rax; movq 8(%rsp),%rax (the saved RIP, taken as the frame pointer); movq 8(%rax),%rax; movq %rax,sink(%rip); popq %rax; iretq
; static-llvm20: x86_64-unknown-linux-gnu => none
target triple = "x86_64-unknown-linux-gnu"

%F64 = type { i64, i64, i64, i64, i64 }

@sink = dso_local global i64 0, align 8

; What `extern "x86-interrupt" fn h(frame: &InterruptStackFrame)` lowers to: the byval object is the
; pointer itself, i.e. the first word of the CPU frame (the saved RIP).
define x86_intrcc void @h(ptr byval(ptr) %f) {
entry:
  %fr = load ptr, ptr %f, align 8
  %cs.p = getelementptr %F64, ptr %fr, i32 0, i32 1
  %cs = load volatile i64, ptr %cs.p, align 8
  store volatile i64 %cs, ptr @sink, align 8
  ret void
}
