; id: 16a
; title: leaf handler (no call, asm or rep string op) needs no cld
; upstream: llvm/llvm-project#82415, llvm/llvm-project#81543
; wrong: a useless cld in a leaf handler without calls, string ops or asm (LLVM <= 18; harmless, no finding)
; correct: iretq only (LLVM >= 19, llvm#82415)
; gcc: emits cld only where needed: gcc.target/i386/interrupt-28.c (-mcld, no calls) expects no cld
; target: x86_64-unknown-linux-gnu
; subject: none
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
; source: upstream: llvm#82415; x86-interrupt_cld.ll; our runs of LLVM 14 and 20
; RUN: llvm>=15: llc -mtriple=x86_64-unknown-linux-gnu < %s
; RUN: llvm=14: llc -opaque-pointers -mtriple=x86_64-unknown-linux-gnu < %s
; RUN: llvm=13: llc -force-opaque-pointers -mtriple=x86_64-unknown-linux-gnu < %s
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
