; id: 10g
; title: x87 arithmetic in the handler (as @test_isr_x87): x87 stack used without any save (x86_64)
; upstream: llvm/llvm-project#26785, rust-lang/rust#40180
; target: x86_64-unknown-linux-gnu
; RUN: llc -mtriple=x86_64-unknown-linux-gnu < %s
; expect-llvm20: compiles; fldt f80(%rip); fld1; faddp; fstpt f80(%rip); iretq; no x87 state save, no cld
; static-llvm20: x86_64-unknown-linux-gnu => x87-state-clobbered fp-env-inherited
target triple = "x86_64-unknown-linux-gnu"

%F64 = type { i64, i64, i64, i64, i64 }

@f80 = external dso_local global x86_fp80, align 16

define x86_intrcc void @h(ptr byval(%F64) %frame) {
entry:
  %ld = load volatile x86_fp80, ptr @f80, align 16
  %add = fadd x86_fp80 %ld, 0xK3FFF8000000000000000
  store volatile x86_fp80 %add, ptr @f80, align 16
  ret void
}
