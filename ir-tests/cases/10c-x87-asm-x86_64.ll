; id: 10c
; title: inline asm clobbers st/st(1): no save of the interrupted code's x87 registers (x86_64)
; upstream: llvm/llvm-project#26785, rust-lang/rust#40180
; target: x86_64-unknown-linux-gnu
; RUN: llc -mtriple=x86_64-unknown-linux-gnu < %s
; expect-llvm20: compiles; cld; #APP; #NO_APP; iretq; st/st(1) clobbered with no save of any x87 register or FCW/FSW
; static-llvm20: x86_64-unknown-linux-gnu => x87-state-clobbered
target triple = "x86_64-unknown-linux-gnu"

%F64 = type { i64, i64, i64, i64, i64 }

define x86_intrcc void @h(ptr byval(%F64) %frame) {
entry:
  call void asm sideeffect "", "~{st},~{st(1)}"()
  ret void
}
