; id: 05
; title: 64-bit error-code handler with a 64-aligned local (assertion isAligned in getFrameIndexReference)
; upstream: llvm/llvm-project#50195, llvm/llvm-project#224029
; wrong: LLVM assertions builds assert in getFrameIndexReference (llvm#50195, needs an assertions build); release builds (LLVM 13 to 22, measured) place the 64-aligned local at 8 mod 64 silently: the address passed to ext shows it, statically and under QEMU
; correct: the 64-aligned object really 64-aligned
; target: x86_64-unknown-unknown
; subject: none
; expect: x86_64-unknown-unknown @ llvm=13: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-unknown @ llvm=14: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-unknown @ llvm=15: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-unknown @ llvm=16: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-unknown @ llvm=17: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-unknown @ llvm=19: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-unknown @ llvm=20: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: x86_64-unknown-unknown @ llvm=22: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; after-fix: x86_64-unknown-unknown @ llvm=13: misaligned-stack-access
; after-fix: x86_64-unknown-unknown @ llvm=14: misaligned-stack-access
; after-fix: x86_64-unknown-unknown @ llvm=15: misaligned-stack-access
; after-fix: x86_64-unknown-unknown @ llvm=16: misaligned-stack-access
; after-fix: x86_64-unknown-unknown @ llvm=17: misaligned-stack-access
; after-fix: x86_64-unknown-unknown @ llvm=19: misaligned-stack-access
; after-fix: x86_64-unknown-unknown @ llvm=20: misaligned-stack-access
; after-fix: x86_64-unknown-unknown @ llvm=22: misaligned-stack-access
; oracle: x86_64-unknown-unknown @ llvm=13: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-unknown @ llvm=14: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-unknown @ llvm=15: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-unknown @ llvm=16: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-unknown @ llvm=17: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-unknown @ llvm=19: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-unknown @ llvm=20: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-unknown @ llvm=22: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-unknown @ llvm=13: misaligned-stack-access; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-unknown @ llvm=14: misaligned-stack-access; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-unknown @ llvm=15: misaligned-stack-access; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-unknown @ llvm=16: misaligned-stack-access; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-unknown @ llvm=17: misaligned-stack-access; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-unknown @ llvm=19: misaligned-stack-access; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-unknown @ llvm=20: misaligned-stack-access; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-unknown @ llvm=22: misaligned-stack-access; CR0.TS=1: #NM
; source: llvm=13: our run, worker-13 (LLVM 13.0.1), by iretlab reproduce --record
; source: llvm=14: our run, llc-14 (LLVM 14.0.6), by iretlab reproduce --record
; source: llvm=15: our run, worker-15 (LLVM 15.0.3), by iretlab reproduce --record
; source: llvm=16: our run, llc-16 (LLVM 16.0.6), by iretlab reproduce --record
; source: llvm=17: our run, worker-17 (LLVM 17.0.6), by iretlab reproduce --record
; source: llvm=19: our run, llc-19 (LLVM 19.1.7), by iretlab reproduce --record
; source: llvm=20: our run, embedded-20 (LLVM 20.1.7), by iretlab reproduce --record
; source: llvm=22: our run, llc-22 (LLVM 22.1.8), by iretlab reproduce --record
; source: upstream: llvm#50195 text; our runs of release builds
; RUN: llvm>=15: llc -mtriple=x86_64-unknown-unknown < %s
; RUN: llvm=14: llc -opaque-pointers -mtriple=x86_64-unknown-unknown < %s
; RUN: llvm=13: llc -force-opaque-pointers -mtriple=x86_64-unknown-unknown < %s
; observed: llvm=20: compiles (release build, no assertion); pushq %rax; pushq %rbp; movq %rsp,%rbp; 9 pushes; andq $-64,%rsp; subq $320,%rsp; the align-64 local is at 8(%rsp) = 8 mod 64 (misaligned); cld; callq ext; leaq -72(%rbp),%rsp; addq $16,%rsp; iretq
; note: The release build does not assert but silently misplaces the 64-aligned object by 8 bytes (the double-counted alignment push of #50195/#224029); LLVM 14.0.6 emits the same.
target triple = "x86_64-unknown-unknown"

%F64 = type { i64, i64, i64, i64, i64 }

declare dso_local void @ext(ptr)

define x86_intrcc void @h(ptr byval(%F64) %f, i64 %ec) {
entry:
  %x = alloca i32, align 64
  store volatile i32 0, ptr %x, align 64
  call void @ext(ptr %x)
  ret void
}
