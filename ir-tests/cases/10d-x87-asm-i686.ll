; id: 10d
; title: inline asm clobbers st/st(1): no save of the interrupted code's x87 registers (i686)
; upstream: llvm/llvm-project#26785, rust-lang/rust#40180
; target: i686-unknown-linux-gnu
; RUN: llc -mtriple=i686-unknown-linux-gnu < %s
; expect-llvm20: compiles; pushl %ebp; movl %esp,%ebp; andl $-16,%esp; cld; #APP; #NO_APP; movl %ebp,%esp; popl %ebp; iretl; no x87 save
; static-llvm20: i686-unknown-linux-gnu => x87-state-clobbered
target triple = "i686-unknown-linux-gnu"

%F32 = type { i32, i32, i32, i32, i32 }

define x86_intrcc void @h(ptr byval(%F32) %frame) {
entry:
  call void asm sideeffect "", "~{st},~{st(1)}"()
  ret void
}
