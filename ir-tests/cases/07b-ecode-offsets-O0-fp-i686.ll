; id: 07b
; title: -O0 with frame pointer, 32-bit: error code at 4(%ebp), frame at 8(%ebp)
; upstream: rust-lang/rust#57270, D56944
; target: i686-unknown-unknown -O0
; RUN: llc -mtriple=i686-unknown-unknown -O0 < %s
; expect-llvm20: compiles; pushl %ebp; movl %esp,%ebp; pushl ecx,eax; andl $-16,%esp; movl 4(%ebp) = ecode; leal 8(%ebp) = frame; addl $16 = &frame[4]; leal -8(%ebp),%esp; pops; addl $4,%esp; iretl; no cld
; static-llvm20: i686-unknown-unknown -O0 => none
; note: LLVM 14.0.6: same offsets, cld instead of the andl/leal realignment.
target triple = "i686-unknown-unknown"

%F32 = type { i32, i32, i32, i32, i32 }

@ec.sink = dso_local global i32 0, align 4
@frame.sink = dso_local global ptr null, align 4
@ss.sink = dso_local global ptr null, align 4

; As x86-32-intrcc.ll @test_fp_2 / @test_copy_elide.
define x86_intrcc void @h(ptr byval(%F32) %f, i32 %ec) #0 {
entry:
  %ec.addr = alloca i32, align 4
  store i32 %ec, ptr %ec.addr, align 4
  %ec.val = load volatile i32, ptr %ec.addr, align 4
  store volatile i32 %ec.val, ptr @ec.sink, align 4
  store volatile ptr %f, ptr @frame.sink, align 4
  %ss = getelementptr %F32, ptr %f, i32 0, i32 4
  store volatile ptr %ss, ptr @ss.sink, align 4
  ret void
}

attributes #0 = { "frame-pointer"="all" }
