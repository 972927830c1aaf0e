; id: 11b
; title: AVX-512 (skx) handler calling a function saves ZMM/K by vmovups/kmovq, no XSAVE and no MXCSR save
; upstream: llvm/llvm-project#41189
; target: x86_64-unknown-linux-gnu cpu=skx
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -mcpu=skx < %s
; expect-llvm20: compiles; 9 GPR pushes; subq $2160,%rsp; kmovq k0-7 and vmovups zmm0-31 spills; cld; vzeroupper; callq bar; reloads; pops; iretq; no xsave/fxsave, no stmxcsr
; static-llvm20: x86_64-unknown-linux-gnu cpu=skx => x87-state-clobbered mxcsr-clobbered
target triple = "x86_64-unknown-linux-gnu"

%F64 = type { i64, i64, i64, i64, i64 }

declare dso_local void @bar()

define x86_intrcc void @h(ptr byval(%F64) %frame) {
entry:
  call void @bar()
  ret void
}
