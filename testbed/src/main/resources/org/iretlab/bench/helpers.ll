; The module the callee benchmark judges: an i686 handler that calls two helpers defined beside
; it (one calling the other, one looping over a buffer) and an external function, so that the
; static verdict analyses each helper's own code once.
target triple = "i686-unknown-linux-gnu"

%Frame32 = type { i32, i32, i32, i32, i32 }

@counter = hidden global i32 0
@buffer = hidden global [16 x i32] zeroinitializer

declare hidden void @ext(i32)

define internal void @bump(i32 %by) noinline {
  %v = load volatile i32, ptr @counter
  %n = add i32 %v, %by
  store volatile i32 %n, ptr @counter
  ret void
}

define internal i32 @sum() noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %j, %loop ]
  %s = phi i32 [ 0, %entry ], [ %t, %loop ]
  %p = getelementptr [16 x i32], ptr @buffer, i32 0, i32 %i
  %x = load volatile i32, ptr %p
  %t = add i32 %s, %x
  %j = add i32 %i, 1
  %done = icmp eq i32 %j, 16
  br i1 %done, label %out, label %loop
out:
  call void @bump(i32 %t)
  ret i32 %t
}

define x86_intrcc void @handler(ptr byval(%Frame32) %frame) {
entry:
  %s = call i32 @sum()
  call void @bump(i32 1)
  call void @ext(i32 %s)
  ret void
}
