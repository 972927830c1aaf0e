; id: explore-nosse-xmm-asm-i686
; title: without SSE, an inline asm that writes xmm0 in a 32-bit handler: LLVM accepts its ~{xmm0} clobber, saves nothing and says nothing
; upstream: none: not filed (found by iretlab explore, seed 2026, explore_000121 and explore_001229)
; wrong: with SSE off (i686 and i386 have none by default) LLVM drops the asm's ~{xmm0} clobber without a word: no save, no diagnostic; the asm's xorps still runs on the machine, which has SSE, and the interrupted code gets its xmm0 back zeroed (rL295347 made LLVM stop spilling xmm registers without SSE, since those spills fault; the clobber it can no longer honour went silent)
; correct: a diagnostic, as GCC gives ("the register 'xmm0' cannot be clobbered in 'asm' for the current target"); or xmm0 saved with an instruction the asm itself shows the machine has
; target: i686-unknown-linux-gnu
; target: i386-unknown-none
; subject: vector-clobbered
; expect: * @ llvm>=13: vector-clobbered
; after-fix: * @ llvm>=13: vector-clobbered
; oracle: * @ llvm>=13: vector-clobbered; CR0.TS=1: #NM
; oracle-after-fix: * @ llvm>=13: vector-clobbered; CR0.TS=1: #NM
; gcc: rejects the handler: GCC 12.2 (Debian 12), gcc -m32 -mno-sse -O2 on __attribute__((interrupt)) void h(struct frame *f) with the same asm and its "xmm0" clobber, says "error: the register 'xmm0' cannot be clobbered in 'asm' for the current target"; clang 16 and 19 compile it to cld; xorps %xmm0,%xmm0; iretl
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: iretlab explore --seed 2026 (the second one-hour run): vector-clobbered under QEMU, not statically, on explore_000121 (case 40 mutated to i686-pc-windows-msvc-elf, -sse) and explore_001229 (no features); the analyser then took the features' register file (no SSE) as the machine's, and now adds the vector state the code itself uses; reduced to the asm alone
; RUN: llc -mtriple=i686-unknown-linux-gnu -O2 -relocation-model=static < %s
; RUN: llc -mtriple=i386-unknown-none -O2 -relocation-model=static < %s
target triple = "i686-unknown-linux-gnu"

%F32 = type { i32, i32, i32, i32, i32 }

define x86_intrcc void @h(ptr byval(%F32) %frame) {
entry:
  call void asm sideeffect "xorps %xmm0, %xmm0", "~{xmm0},~{dirflag},~{fpsr},~{flags}"()
  ret void
}
