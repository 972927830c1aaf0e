; die returns as far as LLVM knows (no noreturn): after it the handler sets DF and calls log. With
; --noreturn die (or noreturn in the IR) the path ends at the call, and neither the std nor log is judged.
target triple = "x86_64-unknown-linux-gnu"
declare void @die()
declare void @log()
define x86_intrcc void @h(ptr byval(i8) %f) #0 {
  call void @die()
  call void asm sideeffect "std", "~{dirflag}"()
  call void @log()
  ret void
}
attributes #0 = { noredzone "target-features"="-x87,-mmx,-sse" }
