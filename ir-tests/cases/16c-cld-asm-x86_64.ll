; id: 16c
; title: handler with inline asm must clear DF (cld) before the asm
; upstream: llvm/llvm-project#82415, llvm/llvm-project#81543
; target: x86_64-unknown-linux-gnu
; RUN: llc -mtriple=x86_64-unknown-linux-gnu < %s
; expect-llvm20: compiles; cld; #APP; nop; #NO_APP; iretq
; static-llvm20: x86_64-unknown-linux-gnu => none
target triple = "x86_64-unknown-linux-gnu"

%F64 = type { i64, i64, i64, i64, i64 }

define x86_intrcc void @h(ptr byval(%F64) %frame) {
entry:
  call void asm sideeffect "nop", ""()
  ret void
}
