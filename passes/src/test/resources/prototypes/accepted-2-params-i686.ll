; Frame and a native-word error code on i686.
; RUN: llc -mtriple=i686-unknown-linux-gnu < %s
; lint: none
; llvm-20: compiles
target triple = "i686-unknown-linux-gnu"

define x86_intrcc void @h(ptr byval(i8) %frame, i32 %error_code) {
  ret void
}
