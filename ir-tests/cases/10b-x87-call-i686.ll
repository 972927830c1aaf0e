; id: 10b
; title: handler calls an unknown function: x87 state (ST0-7, FCW/FSW) is not saved (i686)
; upstream: llvm/llvm-project#26785, rust-lang/rust#40180
; target: i686-unknown-linux-gnu
; RUN: llc -mtriple=i686-unknown-linux-gnu < %s
; expect-llvm20: compiles; pushl %ebp; movl %esp,%ebp; pushl edx,ecx,eax; andl $-16,%esp; subl $16,%esp; cld; calll bar; leal -12(%ebp),%esp; pops; iretl; no fxsave/fnsave, no x87/MMX save
; static-llvm20: i686-unknown-linux-gnu => x87-state-clobbered
target triple = "i686-unknown-linux-gnu"

%F32 = type { i32, i32, i32, i32, i32 }

declare dso_local void @bar()

define x86_intrcc void @h(ptr byval(%F32) %frame) {
entry:
  call void @bar()
  ret void
}
