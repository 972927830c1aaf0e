; The same read of the SP word, in a handler declared as entered from user mode: no diagnostic.
; RUN: llc -mtriple=i686-unknown-linux-gnu < %s
; lint: none
; llvm-20: compiles
target triple = "i686-unknown-linux-gnu"

%F32 = type { i32, i32, i32, i32, i32 }
@sp = global i32 0

define x86_intrcc void @h(ptr byval(%F32) %frame) #0 {
  %slot = getelementptr %F32, ptr %frame, i32 0, i32 3
  %v = load i32, ptr %slot
  store volatile i32 %v, ptr @sp
  ret void
}

attributes #0 = { "iretlab-user-mode-entry" }
