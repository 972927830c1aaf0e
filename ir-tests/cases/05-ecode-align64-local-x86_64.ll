; id: 05
; title: 64-bit error-code handler with a 64-aligned local (assertion isAligned in getFrameIndexReference)
; upstream: llvm/llvm-project#50195, llvm/llvm-project#224029
; wrong: LLVM assertions builds assert in getFrameIndexReference (llvm#50195, needs an assertions build); release builds (LLVM 13 to 22, measured) place the 64-aligned local at 8 mod 64 silently: the address passed to ext shows it, statically and under QEMU
; correct: the 64-aligned object really 64-aligned
; target: x86_64-unknown-unknown
; subject: none
; expect: x86_64-unknown-unknown @ llvm>=13: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; after-fix: x86_64-unknown-unknown @ llvm>=13: none
; oracle: x86_64-unknown-unknown @ llvm>=13: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-unknown @ llvm>=13: none; CR0.TS=1: #NM
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: upstream: llvm#50195 text; our runs of release builds
; RUN: llc -mtriple=x86_64-unknown-unknown -O2 -relocation-model=static < %s
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
