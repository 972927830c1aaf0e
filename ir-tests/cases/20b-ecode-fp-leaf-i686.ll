; id: 20b
; title: error-code leaf handler with frame pointer, 32-bit: pops the error code (addl $4) before iretl
; upstream: D56944, D151400
; target: i686-unknown-linux-gnu
; RUN: llc -mtriple=i686-unknown-linux-gnu < %s
; expect-llvm20: compiles; pushl %ebp; movl %esp,%ebp; pushl %eax; andl $-16,%esp; movl 4(%ebp),%eax (ecode); leal -4(%ebp),%esp; popl %eax; popl %ebp; addl $4,%esp; iretl; no cld
; static-llvm20: i686-unknown-linux-gnu => none
target triple = "i686-unknown-linux-gnu"

%F32 = type { i32, i32, i32, i32, i32 }

@sink = dso_local global i32 0, align 4

define x86_intrcc void @h(ptr byval(%F32) %f, i32 %ec) #0 {
entry:
  store volatile i32 %ec, ptr @sink, align 4
  ret void
}

attributes #0 = { "frame-pointer"="all" }
