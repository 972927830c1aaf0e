; id: 03
; title: 32-bit handler with a 64-aligned local gets andl $-16 only, so the 64-byte vector store may fault
; upstream: llvm/llvm-project#225366, D151400
; wrong: a 64-aligned AVX-512 local on i686 gets andl $-16 only, so vmovaps to it may fault (llvm#225366: since D151400, LLVM 17; LLVM 14 realigned to 64)
; correct: andl $-64,%esp before the aligned accesses (as GCC does; the proposed fix, contested upstream)
; gcc: realigns to the largest local alignment: gcc.target/i386/interrupt-9.c (a 64-aligned local in an interrupt handler) expects one and of -64 to the stack pointer and one iret
; target: i686-unknown-linux-gnu mattr=+avx512f
; subject: misaligned-stack-access
; expect: i686-unknown-linux-gnu mattr=+avx512f @ llvm=13: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu mattr=+avx512f @ llvm=14: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu mattr=+avx512f @ llvm=15: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu mattr=+avx512f @ llvm=16: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu mattr=+avx512f @ llvm=17: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu mattr=+avx512f @ llvm=19: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu mattr=+avx512f @ llvm=20: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu mattr=+avx512f @ llvm=22: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; after-fix: i686-unknown-linux-gnu mattr=+avx512f @ llvm=13: none
; after-fix: i686-unknown-linux-gnu mattr=+avx512f @ llvm=14: none
; after-fix: i686-unknown-linux-gnu mattr=+avx512f @ llvm=15: none
; after-fix: i686-unknown-linux-gnu mattr=+avx512f @ llvm=16: none
; after-fix: i686-unknown-linux-gnu mattr=+avx512f @ llvm=17: none
; after-fix: i686-unknown-linux-gnu mattr=+avx512f @ llvm=19: none
; after-fix: i686-unknown-linux-gnu mattr=+avx512f @ llvm=20: none
; after-fix: i686-unknown-linux-gnu mattr=+avx512f @ llvm=22: none
; oracle: i686-unknown-linux-gnu mattr=+avx512f @ llvm=13: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu mattr=+avx512f @ llvm=14: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu mattr=+avx512f @ llvm=15: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu mattr=+avx512f @ llvm=16: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu mattr=+avx512f @ llvm=17: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu mattr=+avx512f @ llvm=19: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu mattr=+avx512f @ llvm=20: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu mattr=+avx512f @ llvm=22: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu mattr=+avx512f @ llvm=13: N/A; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu mattr=+avx512f @ llvm=14: N/A; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu mattr=+avx512f @ llvm=15: N/A; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu mattr=+avx512f @ llvm=16: N/A; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu mattr=+avx512f @ llvm=17: N/A; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu mattr=+avx512f @ llvm=19: N/A; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu mattr=+avx512f @ llvm=20: N/A; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu mattr=+avx512f @ llvm=22: N/A; CR0.TS=1: #NM
; source: llvm=13: our run, worker-13 (LLVM 13.0.1), by iretlab reproduce --record
; source: llvm=14: our run, llc-14 (LLVM 14.0.6), by iretlab reproduce --record
; source: llvm=15: our run, worker-15 (LLVM 15.0.3), by iretlab reproduce --record
; source: llvm=16: our run, llc-16 (LLVM 16.0.6), by iretlab reproduce --record
; source: llvm=17: our run, worker-17 (LLVM 17.0.6), by iretlab reproduce --record
; source: llvm=19: our run, llc-19 (LLVM 19.1.7), by iretlab reproduce --record
; source: llvm=20: our run, embedded-20 (LLVM 20.1.7), by iretlab reproduce --record
; source: llvm=22: our run, llc-22 (LLVM 22.1.8), by iretlab reproduce --record
; source: upstream: llvm#225366 text; our runs of LLVM 14 and 20
; RUN: llvm>=15: llc -mtriple=i686-unknown-linux-gnu -mattr=+avx512f < %s
; RUN: llvm=14: llc -opaque-pointers -mtriple=i686-unknown-linux-gnu -mattr=+avx512f < %s
; RUN: llvm=13: llc -force-opaque-pointers -mtriple=i686-unknown-linux-gnu -mattr=+avx512f < %s
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
