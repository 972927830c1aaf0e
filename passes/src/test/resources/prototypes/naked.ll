; A naked handler: LLVM emits the body only, with no register saves and no iret of its own.
; RUN: llc -mtriple=x86_64-unknown-none < %s
; lint: byval-frame-check/naked
; llvm-20: compiles
target triple = "x86_64-unknown-none"

define x86_intrcc void @h(ptr byval(i8) %frame) naked {
  call void asm sideeffect "iretq", ""()
  unreachable
}
