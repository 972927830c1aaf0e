; A 32-bit handler reading the frame's SP word, which the CPU pushes only on entry from user mode.
; RUN: llc -mtriple=i686-unknown-linux-gnu < %s
; lint: byval-frame-check/frame-user-words
; llvm-20: compiles
target triple = "i686-unknown-linux-gnu"

%F32 = type { i32, i32, i32, i32, i32 }
@sp = global i32 0

define x86_intrcc void @h(ptr byval(%F32) %frame) {
  %slot = getelementptr %F32, ptr %frame, i32 0, i32 3
  %v = load i32, ptr %slot
  store volatile i32 %v, ptr @sp
  ret void
}
