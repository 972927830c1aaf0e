; A handler that calls a helper of its own module (internal, noinline): the helper runs for real, and
; the oracle judges SP at its entry as at a stand-in's (OracleControlsTest, InModuleCalleeTest).
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

; More callees than the four debug address registers, one reached only through another.
define internal void @first(i32 %n) noinline {
  call void @count(i32 %n)
  ret void
}

define internal void @second(i32 %n) noinline {
  call void @count(i32 %n)
  call void @count(i32 %n)
  ret void
}

define internal void @third(i32 %n) noinline {
  %m = mul i32 %n, 3
  call void @count(i32 %m)
  ret void
}

define internal void @fourth(i32 %n) noinline {
  %m = xor i32 %n, 4
  call void @count(i32 %m)
  ret void
}

define internal void @fifth(i32 %n) noinline {
  %m = shl i32 %n, 5
  call void @third(i32 %m)
  ret void
}

define x86_intrcc void @many(ptr byval(%frame) %f) {
  call void @first(i32 1)
  call void @second(i32 2)
  call void @fourth(i32 4)
  call void @fifth(i32 5)
  ret void
}
