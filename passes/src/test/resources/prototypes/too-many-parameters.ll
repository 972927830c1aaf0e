; Three parameters (rust-lang/rust#132835): CC_X86_Intr has a place for the frame and the error code only.
; RUN: llc -mtriple=x86_64-unknown-none < %s
; lint: byval-frame-check/too-many-parameters
; llvm-20: LLVM ERROR: unsupported x86 interrupt prototype
target triple = "x86_64-unknown-none"

define x86_intrcc void @h(ptr byval(i8) %frame, i64 %error_code, i64 %extra) {
  ret void
}
