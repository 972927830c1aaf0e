; id: 13c
; title: x86_64 error code as i128 legalizes into two parts, which CC_X86_Intr cannot place
; upstream: rust-lang/rust#132835, D56944
; target: x86_64-unknown-linux-gnu
; RUN: llc -mtriple=x86_64-unknown-linux-gnu < %s
; expect-llvm20: LLVM ERROR: unsupported x86 interrupt prototype
; static-llvm20: x86_64-unknown-linux-gnu => REJECTED
; note: The fact sheet marks this split-part case [inferred]: confirmed on LLVM 20 and 14.0.6. iretlab's lint refuses it first (byval-frame-check/error-code-too-wide, exit 2); the LLVM ERROR is with --skip-prototype-check (exit 3).
target triple = "x86_64-unknown-linux-gnu"

%F64 = type { i64, i64, i64, i64, i64 }

@sink = dso_local global i128 0, align 16

define x86_intrcc void @h(ptr byval(%F64) %f, i128 %ec) {
entry:
  store volatile i128 %ec, ptr @sink, align 16
  ret void
}
