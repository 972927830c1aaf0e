; id: 03
; title: 32-bit handler with a 64-aligned local gets andl $-16 only, so the 64-byte vector store may fault
; upstream: llvm/llvm-project#225366, D151400
; wrong: a 64-aligned AVX-512 local on i686 gets andl $-16 only, so vmovaps to it may fault (llvm#225366: since D151400, LLVM 17; LLVM 14 realigned to 64)
; correct: andl $-64,%esp before the aligned accesses (as GCC does; the proposed fix, contested upstream)
; gcc: realigns to the largest local alignment: gcc.target/i386/interrupt-9.c (a 64-aligned local in an interrupt handler) expects one and of -64 to the stack pointer and one iret
; target: i686-unknown-linux-gnu mattr=+avx512f
; subject: misaligned-stack-access
; expect: i686-unknown-linux-gnu mattr=+avx512f @ llvm13-16: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu mattr=+avx512f @ llvm>=17: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; after-fix: i686-unknown-linux-gnu mattr=+avx512f @ llvm>=13: none
; oracle: i686-unknown-linux-gnu mattr=+avx512f @ llvm13-16: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu mattr=+avx512f @ llvm>=17: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu mattr=+avx512f @ llvm>=13: N/A; CR0.TS=1: #NM
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: upstream: llvm#225366 text; our runs of LLVM 14 and 20
; RUN: llc -mtriple=i686-unknown-linux-gnu -O2 -mattr=+avx512f -relocation-model=static < %s
; observed: llvm=20: compiles; andl $-16,%esp; subl $688,%esp; kmovw k0-7 / vmovups zmm0-7 spills; cld; vmovaps %zmm0,64(%esp) (only 16-aligned); vzeroupper; calll use; leal -12(%ebp),%esp; iretl
; note: LLVM 14.0.6 (no forced realignment) emits andl $-64,%esp; subl $704,%esp here, i.e. correct: the misalignment is a regression from D151400.
target triple = "i686-unknown-linux-gnu"

%F32 = type { i32, i32, i32, i32, i32 }

declare dso_local void @use(ptr)

define x86_intrcc void @h(ptr byval(%F32) %frame) {
entry:
  %a = alloca <16 x float>, align 64
  store volatile <16 x float> zeroinitializer, ptr %a, align 64
  call void @use(ptr %a)
  %v = load volatile <16 x float>, ptr %a, align 64
  ret void
}
