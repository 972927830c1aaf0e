; A handler that returns a value: nothing can receive it across iret.
; RUN: llc -mtriple=x86_64-unknown-none < %s
; lint: byval-frame-check/returns-value
; llvm-20: LLVM ERROR: X86 interrupts may not return any value
target triple = "x86_64-unknown-none"

define x86_intrcc i64 @h(ptr byval(i8) %frame) {
  ret i64 1
}
