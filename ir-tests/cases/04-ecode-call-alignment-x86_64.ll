; id: 04
; title: 64-bit handler with an error code calls a function with RSP 8 mod 16 (alignment push counted twice)
; upstream: llvm/llvm-project#224029, llvm/llvm-project#44560, D30049
; wrong: RSP is 8 mod 16 at the call: the 8-byte alignment push for the error code is counted twice (llvm#224029)
; correct: entry-RSP - RSP = 0 mod 16 at every call (subq $272 instead of $280 here)
; gcc: realigns the stack dynamically and pops only the error code: gcc.target/i386/interrupt-9.c expects add $8,%rsp before iretq on x86-64, interrupt-3.c the error-code pop only
; target: x86_64-unknown-unknown
; subject: misaligned-call-site
; expect: x86_64-unknown-unknown @ llvm=13: misaligned-call-site mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-unknown @ llvm=14: misaligned-call-site mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-unknown @ llvm=15: misaligned-call-site mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-unknown @ llvm=16: misaligned-call-site mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-unknown @ llvm=17: misaligned-call-site mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-unknown @ llvm=19: misaligned-call-site mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-unknown @ llvm=20: misaligned-call-site mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-unknown @ llvm=22: misaligned-call-site mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; after-fix: x86_64-unknown-unknown @ llvm=13: none
; after-fix: x86_64-unknown-unknown @ llvm=14: none
; after-fix: x86_64-unknown-unknown @ llvm=15: none
; after-fix: x86_64-unknown-unknown @ llvm=16: none
; after-fix: x86_64-unknown-unknown @ llvm=17: none
; after-fix: x86_64-unknown-unknown @ llvm=19: none
; after-fix: x86_64-unknown-unknown @ llvm=20: none
; after-fix: x86_64-unknown-unknown @ llvm=22: none
; oracle: x86_64-unknown-unknown @ llvm=13: misaligned-call-site mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-unknown @ llvm=14: misaligned-call-site mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-unknown @ llvm=15: misaligned-call-site mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-unknown @ llvm=16: misaligned-call-site mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-unknown @ llvm=17: misaligned-call-site mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-unknown @ llvm=19: misaligned-call-site mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-unknown @ llvm=20: misaligned-call-site mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-unknown @ llvm=22: misaligned-call-site mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-unknown @ llvm=13: none; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-unknown @ llvm=14: none; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-unknown @ llvm=15: none; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-unknown @ llvm=16: none; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-unknown @ llvm=17: none; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-unknown @ llvm=19: none; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-unknown @ llvm=20: none; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-unknown @ llvm=22: none; CR0.TS=1: #NM
; source: llvm=13: our run, worker-13 (LLVM 13.0.1), by iretlab reproduce --record
; source: llvm=14: our run, llc-14 (LLVM 14.0.6), by iretlab reproduce --record
; source: llvm=15: our run, worker-15 (LLVM 15.0.3), by iretlab reproduce --record
; source: llvm=16: our run, llc-16 (LLVM 16.0.6), by iretlab reproduce --record
; source: llvm=17: our run, worker-17 (LLVM 17.0.6), by iretlab reproduce --record
; source: llvm=19: our run, llc-19 (LLVM 19.1.7), by iretlab reproduce --record
; source: llvm=20: our run, embedded-20 (LLVM 20.1.7), by iretlab reproduce --record
; source: llvm=22: our run, llc-22 (LLVM 22.1.8), by iretlab reproduce --record
; source: upstream: llvm#224029 text (merged 2026-09-17, in no release here); our runs
; RUN: llvm>=15: llc -mtriple=x86_64-unknown-unknown < %s
; RUN: llvm=14: llc -opaque-pointers -mtriple=x86_64-unknown-unknown < %s
; RUN: llvm=13: llc -force-opaque-pointers -mtriple=x86_64-unknown-unknown < %s
; observed: llvm=20: compiles; pushq %rax (align); 9 GPR pushes; subq $280,%rsp; movaps xmm0-15 spills; cld; callq ext with RSP = entry-360 = 8 mod 16 (misaligned); addq $280; pops; addq $16,%rsp; iretq
; note: The fact sheet's inferred arithmetic (1+9 pushes + subq $280 = 360) is what LLVM 20 (and 14.0.6) really emit.
target triple = "x86_64-unknown-unknown"

%F64 = type { i64, i64, i64, i64, i64 }

declare dso_local void @ext(ptr)

; Entry RSP is 0 mod 16 (error code pushed): every call needs entry-RSP - RSP = 0 mod 16.
define x86_intrcc void @h(ptr byval(%F64) %f, i64 %ec) {
entry:
  %x = alloca i64, align 8
  store volatile i64 0, ptr %x, align 8
  call void @ext(ptr %x)
  ret void
}
