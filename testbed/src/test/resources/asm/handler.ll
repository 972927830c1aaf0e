; The minimal interrupt handler: saves what the call clobbers, clears DF, returns with iret.
declare void @bar()

define x86_intrcc void @h(ptr byval(i32) %f) {
  call void @bar()
  ret void
}
