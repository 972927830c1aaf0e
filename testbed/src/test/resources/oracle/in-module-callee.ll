; A handler that calls a helper of its own module (internal, noinline): the helper runs for real, and
; the oracle judges SP at its entry as at a stand-in's (InModuleCalleeTest).
%frame = type { i32 }

@ticks = global i32 0

define internal void @count(i32 %n) noinline "no-builtins" {
  %v = load volatile i32, ptr @ticks
  %w = add i32 %v, %n
  store volatile i32 %w, ptr @ticks
  ret void
}

define x86_intrcc void @handler(ptr byval(%frame) %f) {
  call void @count(i32 3)
  ret void
}
