; Inline asm clobbering EBP in a 32-bit handler, which realignment reserves as the frame pointer.
; RUN: llc -mtriple=i686-unknown-linux-gnu < %s
; lint: byval-frame-check/reserved-register-clobber
; llvm-20: compiles
target triple = "i686-unknown-linux-gnu"

declare void @ext()

define x86_intrcc void @h(ptr byval(i32) %frame) {
  call void asm sideeffect "xorl %ebp, %ebp", "~{ebp}"()
  call void @ext()
  ret void
}
