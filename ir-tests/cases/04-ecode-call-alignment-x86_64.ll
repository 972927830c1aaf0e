; id: 04
; title: 64-bit handler with an error code calls a function with RSP 8 mod 16 (alignment push counted twice)
; upstream: llvm/llvm-project#224029, llvm/llvm-project#44560, D30049
; wrong: RSP is 8 mod 16 at the call: the 8-byte alignment push for the error code is counted twice (llvm#224029)
; correct: entry-RSP - RSP = 0 mod 16 at every call (subq $272 instead of $280 here)
; gcc: realigns the stack dynamically and pops only the error code: gcc.target/i386/interrupt-9.c expects add $8,%rsp before iretq on x86-64, interrupt-3.c the error-code pop only
; target: x86_64-unknown-unknown
; subject: misaligned-call-site
; expect: x86_64-unknown-unknown @ llvm>=13: misaligned-call-site mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; after-fix: x86_64-unknown-unknown @ llvm>=13: none
; oracle: x86_64-unknown-unknown @ llvm>=13: misaligned-call-site mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-unknown @ llvm>=13: none; CR0.TS=1: #NM
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: upstream: llvm#224029 text (merged 2026-09-17, in no release here); our runs
; RUN: llc -mtriple=x86_64-unknown-unknown -O2 -relocation-model=static < %s
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
