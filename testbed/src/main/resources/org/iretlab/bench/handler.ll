; The module the compile benchmark parses: a 1-parameter i686 handler that calls out, written in
; the opaque-pointer IR that LLVM 13 to 22 all read (13 and 14 with their opaque-pointer flags).
target triple = "i686-unknown-linux-gnu"

%Frame32 = type { i32, i32, i32, i32, i32 }

@counter = hidden global i32 0

declare hidden void @ext()

define x86_intrcc void @handler(ptr byval(%Frame32) %frame) {
entry:
  call void @ext()
  %v = load volatile i32, ptr @counter
  %n = add i32 %v, 1
  store volatile i32 %n, ptr @counter
  ret void
}
