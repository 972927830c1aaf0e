; id: 03
; title: 32-bit handler with a 64-aligned local gets andl $-16 only, so the 64-byte vector store may fault
; upstream: llvm/llvm-project#225366, D151400
; target: i686-unknown-linux-gnu mattr=+avx512f
; RUN: llc -mtriple=i686-unknown-linux-gnu -mattr=+avx512f < %s
; expect-llvm20: compiles; andl $-16,%esp; subl $688,%esp; kmovw k0-7 / vmovups zmm0-7 spills; cld; vmovaps %zmm0,64(%esp) (only 16-aligned); vzeroupper; calll use; leal -12(%ebp),%esp; iretl
; static-llvm20: i686-unknown-linux-gnu mattr=+avx512f => misaligned-stack-access x87-state-clobbered mxcsr-clobbered
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
