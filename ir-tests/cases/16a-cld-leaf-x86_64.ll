; id: 16a
; title: leaf handler (no call, asm or rep string op) needs no cld
; upstream: llvm/llvm-project#82415, llvm/llvm-project#81543
; wrong: a useless cld in a leaf handler without calls, string ops or asm (LLVM <= 18; harmless, no finding)
; correct: iretq only (LLVM >= 19, llvm#82415)
; gcc: emits cld only where needed: gcc.target/i386/interrupt-28.c (-mcld, no calls) expects no cld
; target: x86_64-unknown-linux-gnu
; subject: none
; expect: x86_64-unknown-linux-gnu @ llvm>=13: none
; after-fix: x86_64-unknown-linux-gnu @ llvm>=13: none
; oracle: x86_64-unknown-linux-gnu @ llvm>=13: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm>=13: none; CR0.TS=1: no-fault
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: upstream: llvm#82415; x86-interrupt_cld.ll; our runs of LLVM 14 and 20
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -relocation-model=static < %s
; observed: llvm=20: compiles; pushq %rax; movq 8(%rsp),%rax; movq %rax,sink(%rip); popq %rax; iretq; no cld
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
