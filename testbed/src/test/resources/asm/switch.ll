; A handler whose switch becomes a jump table: .long data that refers to local labels.
; The private string holds '#' and a run of blanks, and its symbol is a .L label too.
@counter = global i32 0
@last = global ptr null
@.str = private constant [13 x i8] c"vec #14:  pf\00"

declare void @bar()

define x86_intrcc void @sw(ptr byval(i32) %f, i32 %code) {
entry:
  switch i32 %code, label %def [
    i32 0, label %a
    i32 1, label %b
    i32 2, label %c
    i32 3, label %d
    i32 4, label %e
  ]
a: store volatile i32 10, ptr @counter
  store volatile ptr @.str, ptr @last
  br label %def
b: store volatile i32 21, ptr @counter
  br label %def
c: store volatile i32 32, ptr @counter
  br label %def
d: store volatile i32 43, ptr @counter
  br label %def
e: store volatile i32 54, ptr @counter
  br label %def
def:
  call void @bar()
  ret void
}
