; Our own minimal case in the manner of LLVM's no_caller_saved_registers codegen test: a function
; that clobbers xmm0 and returns a value, marked no_caller_saved_registers, so LLVM saves xmm0 in
; it; one handler calls it with the attribute on the call site, the other relies on the definition's.
; noredzone, as kernel code is built: the function's spill below RSP would be lost to an NMI.
; Judged by CalleeFactsTest and, by hand, with llc-19 (see docs/callee-facts.md).
define i32 @saves_all(i32 %a, i32 %b) #0 {
  call void asm sideeffect "xorps %xmm0, %xmm0", "~{xmm0}"()
  %s = add i32 %a, %b
  ret i32 %s
}

declare void @ack(i32) #0

define x86_intrcc void @by_call_site(ptr byval(i8) %frame) #1 {
  %r = call i32 @saves_all(i32 1, i32 2) #0
  call void @ack(i32 %r)
  ret void
}

define x86_intrcc void @by_definition(ptr byval(i8) %frame) #1 {
  %r = call i32 @saves_all(i32 3, i32 4)
  call void @ack(i32 %r)
  ret void
}

attributes #0 = { noredzone "no_caller_saved_registers" }
attributes #1 = { noredzone }
