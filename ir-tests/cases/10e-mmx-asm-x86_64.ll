; id: 10e
; title: inline asm clobbers mm0: no save of the interrupted code's MMX register (x86_64)
; upstream: llvm/llvm-project#26785, rust-lang/rust#40180
; target: x86_64-unknown-linux-gnu
; RUN: llc -mtriple=x86_64-unknown-linux-gnu < %s
; expect-llvm20: compiles; cld; #APP; #NO_APP; iretq; mm0 clobbered with no save (no movq %mm0, no emms)
; static-llvm20: x86_64-unknown-linux-gnu => mmx-state-clobbered
target triple = "x86_64-unknown-linux-gnu"

%F64 = type { i64, i64, i64, i64, i64 }

define x86_intrcc void @h(ptr byval(%F64) %frame) {
entry:
  call void asm sideeffect "", "~{mm0}"()
  ret void
}
