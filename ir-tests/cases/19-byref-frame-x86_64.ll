; id: 19
; title: Rust-style by-reference frame byval(ptr): the handler reads the saved RIP as the frame pointer
; upstream: hermit-os/kernel#195, rust-osdev/x86_64#242, rust-lang/rust#162457
; wrong: the handler reads the saved RIP as a pointer: the front end passed the frame by reference (hermit-os/kernel#195, rust#162457); not an LLVM bug, and invisible to a static verdict
; correct: the front end passes the frame byval(<frame type>)
; target: x86_64-unknown-linux-gnu
; subject: none
; expect: x86_64-unknown-linux-gnu @ llvm>=13: none
; after-fix: x86_64-unknown-linux-gnu @ llvm>=13: none
; oracle: x86_64-unknown-linux-gnu @ llvm>=13: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm>=13: none; CR0.TS=1: no-fault
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: upstream: rust#162457; hermit-os/kernel#195
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -relocation-model=static < %s
; observed: llvm=20: compiles; pushq %rax; movq 8(%rsp),%rax (the saved RIP, taken as the frame pointer); movq 8(%rax),%rax; movq %rax,sink(%rip); popq %rax; iretq
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
