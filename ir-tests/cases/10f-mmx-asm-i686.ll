; id: 10f
; title: inline asm clobbers mm0: no save of the interrupted code's MMX register (i686)
; upstream: llvm/llvm-project#26785, rust-lang/rust#40180
; target: i686-unknown-linux-gnu
; RUN: llc -mtriple=i686-unknown-linux-gnu < %s
; expect-llvm20: compiles; pushl %ebp; movl %esp,%ebp; andl $-16,%esp; cld; #APP; #NO_APP; movl %ebp,%esp; popl %ebp; iretl; no MMX save
; static-llvm20: i686-unknown-linux-gnu => mmx-state-clobbered
target triple = "i686-unknown-linux-gnu"

%F32 = type { i32, i32, i32, i32, i32 }

define x86_intrcc void @h(ptr byval(%F32) %frame) {
entry:
  call void asm sideeffect "", "~{mm0}"()
  ret void
}
