; id: 13b
; title: i686 error code as i64 legalizes into two parts, which CC_X86_Intr cannot place
; upstream: rust-lang/rust#132835, D56944
; target: i686-unknown-linux-gnu
; RUN: llc -mtriple=i686-unknown-linux-gnu < %s
; expect-llvm20: LLVM ERROR: unsupported x86 interrupt prototype
; static-llvm20: i686-unknown-linux-gnu => REJECTED
; note: The fact sheet marks this split-part case [inferred]: confirmed on LLVM 20 and 14.0.6. iretlab's lint refuses it first (byval-frame-check/error-code-too-wide, exit 2); the LLVM ERROR is with --skip-prototype-check (exit 3).
target triple = "i686-unknown-linux-gnu"

%F32 = type { i32, i32, i32, i32, i32 }

@sink = dso_local global i64 0, align 8

define x86_intrcc void @h(ptr byval(%F32) %f, i64 %ec) {
entry:
  store volatile i64 %ec, ptr @sink, align 8
  ret void
}
