; id: 10a
; title: handler calls an unknown function: x87 state (ST0-7, FCW/FSW) is not saved (x86_64)
; upstream: llvm/llvm-project#26785, rust-lang/rust#40180
; target: x86_64-unknown-linux-gnu
; RUN: llc -mtriple=x86_64-unknown-linux-gnu < %s
; expect-llvm20: compiles; 9 GPR pushes; subq $256,%rsp; movaps xmm0-15 spills; cld; callq bar; reloads; pops; iretq; no fxsave/fnsave/xsave, no x87/MMX/FCW/MXCSR save
; static-llvm20: x86_64-unknown-linux-gnu => x87-state-clobbered mxcsr-clobbered
target triple = "x86_64-unknown-linux-gnu"

%F64 = type { i64, i64, i64, i64, i64 }

declare dso_local void @bar()

define x86_intrcc void @h(ptr byval(%F64) %frame) {
entry:
  call void @bar()
  ret void
}
