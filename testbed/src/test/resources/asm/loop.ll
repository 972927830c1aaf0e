; A handler with an error code, inline asm, a loop (local labels) and a global (data).
@counter = global i32 0

define x86_intrcc void @ec(ptr byval(i64) %f, i64 %code) {
entry:
  %c = icmp eq i64 %code, 14
  br i1 %c, label %pf, label %out
pf:
  call void asm sideeffect "cli", "~{dirflag},~{fpsr},~{flags}"()
  br label %loop
loop:
  %i = phi i32 [ 0, %pf ], [ %n, %loop ]
  %v = load volatile i32, ptr @counter
  %w = add i32 %v, %i
  store volatile i32 %w, ptr @counter
  %n = add i32 %i, 1
  %d = icmp eq i32 %n, 100
  br i1 %d, label %out, label %loop
out:
  ret void
}
