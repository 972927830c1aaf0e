; id: 13a
; title: three parameters: CC_X86_Intr has places for the frame and the error code only
; upstream: rust-lang/rust#132835, rust-lang/rust#145662, D56944
; target: x86_64-unknown-linux-gnu
; target: i686-unknown-linux-gnu
; RUN: llc -mtriple=x86_64-unknown-linux-gnu < %s
; RUN: llc -mtriple=i686-unknown-linux-gnu < %s
; expect-llvm20: LLVM ERROR: unsupported x86 interrupt prototype
; static-llvm20: x86_64-unknown-linux-gnu => REJECTED
; static-llvm20: i686-unknown-linux-gnu => REJECTED
; note: iretlab's lint refuses it first (byval-frame-check/too-many-parameters, exit 2); the LLVM ERROR is with --skip-prototype-check (exit 3). LLVM 14.0.6 aborts the same way.
target triple = "x86_64-unknown-linux-gnu"

%F64 = type { i64, i64, i64, i64, i64 }

@sink = dso_local global i64 0, align 8

define x86_intrcc void @h(ptr byval(%F64) %f, i64 %ec, i64 %extra) {
entry:
  store volatile i64 %ec, ptr @sink, align 8
  store volatile i64 %extra, ptr @sink, align 8
  ret void
}
