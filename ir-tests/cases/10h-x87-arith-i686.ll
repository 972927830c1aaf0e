; id: 10h
; title: x87 arithmetic in the handler (as @test_isr_x87): x87 stack used without any save (i686)
; upstream: llvm/llvm-project#26785, rust-lang/rust#40180
; target: i686-unknown-linux-gnu
; RUN: llc -mtriple=i686-unknown-linux-gnu < %s
; expect-llvm20: compiles; pushl %ebp; movl %esp,%ebp; andl $-16,%esp; fldt f80; fld1; faddp; fstpt f80; movl %ebp,%esp; popl %ebp; iretl; no x87 state save
; static-llvm20: i686-unknown-linux-gnu => x87-state-clobbered fp-env-inherited
target triple = "i686-unknown-linux-gnu"

%F32 = type { i32, i32, i32, i32, i32 }

@f80 = external dso_local global x86_fp80, align 4

define x86_intrcc void @h(ptr byval(%F32) %frame) {
entry:
  %ld = load volatile x86_fp80, ptr @f80, align 4
  %add = fadd x86_fp80 %ld, 0xK3FFF8000000000000000
  store volatile x86_fp80 %add, ptr @f80, align 4
  ret void
}
