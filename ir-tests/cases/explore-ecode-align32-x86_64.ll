; id: explore-ecode-align32-x86_64
; title: 64-bit error-code handler with a 32-aligned local: misplaced by the double-counted alignment push (explore's x86-64 misaligned accesses)
; upstream: llvm/llvm-project#224029
; wrong: the 32-aligned local passed to ext is at 8 mod 32 after the realignment (the interrupt frame's alignment push counted twice in the stack size, as case 05 shows for 64): vmovaps to it faults; explore found it in error-code handlers with 32- and 64-aligned vector locals on every LLVM it ran (seed 2026: explore_000223, 000497, 000866, 001098)
; correct: the 32-aligned object really 32-aligned
; target: x86_64-unknown-linux-gnu mattr=+avx
; subject: misaligned-stack-access
; expect: x86_64-unknown-linux-gnu mattr=+avx @ llvm>=13: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; after-fix: x86_64-unknown-linux-gnu mattr=+avx @ llvm>=13: misaligned-stack-access
; oracle: x86_64-unknown-linux-gnu mattr=+avx @ llvm>=13: handler-fault misaligned-stack-access; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-linux-gnu mattr=+avx @ llvm>=13: handler-fault misaligned-stack-access; CR0.TS=1: #NM
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: written for iretlab explore's signatures (case 05's bug with a 32-aligned AVX local)
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -mattr=+avx -relocation-model=static < %s
target triple = "x86_64-unknown-linux-gnu"

%F64 = type { i64, i64, i64, i64, i64 }

declare void @ext(ptr)

define x86_intrcc void @h(ptr byval(%F64) %frame, i64 %ecode) {
  %v = alloca <8 x i32>, align 32
  store volatile <8 x i32> <i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8>, ptr %v, align 32
  call void @ext(ptr %v)
  ret void
}
