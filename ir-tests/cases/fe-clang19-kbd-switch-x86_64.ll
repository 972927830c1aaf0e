; id: fe-clang19-kbd-switch-x86_64
; title: Clang 19, x86-64: the scancode-switch keyboard handler (jump table) with its indirect call to a hook
; wrong: the handler is not built -mgeneral-regs-only, saves no vector or x87 state and calls an unknown function through a pointer
; correct: save the FP state around the call, or build the handler and its hooks -mgeneral-regs-only
; target: x86_64-unknown-linux-gnu
; subject: none
; expect: x86_64-unknown-linux-gnu @ llvm=13: N/A
; expect: x86_64-unknown-linux-gnu @ llvm>=14: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; after-fix: x86_64-unknown-linux-gnu @ llvm=13: N/A
; after-fix: x86_64-unknown-linux-gnu @ llvm>=14: none
; oracle: x86_64-unknown-linux-gnu @ llvm=13: N/A
; oracle: x86_64-unknown-linux-gnu @ llvm>=14: none; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=13: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm>=14: none; CR0.TS=1: #NM
; reads: llvm>=14
; reads-bitcode: llvm>=15
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: clang-19 -O2 -mno-red-zone -ffreestanding -fno-pic -target x86_64-unknown-linux-gnu from ir-tests/frontend/kbd_switch.c by produce.sh
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -relocation-model=static < %s
; ModuleID = 'kbd_switch.c'
source_filename = "kbd_switch.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.interrupt_frame = type { i64, i64, i64, i64, i64 }

@ctrl_down = dso_local local_unnamed_addr global i32 0, align 4
@shift_depth = dso_local local_unnamed_addr global i32 0, align 4
@alt_down = dso_local local_unnamed_addr global i32 0, align 4
@caps_on = dso_local local_unnamed_addr global i32 0, align 4
@num_on = dso_local local_unnamed_addr global i32 0, align 4
@scroll_on = dso_local local_unnamed_addr global i32 0, align 4
@key_hook = dso_local local_unnamed_addr global ptr null, align 8
@dropped_keys = dso_local local_unnamed_addr global i64 0, align 8
@llvm.compiler.used = appending global [1 x ptr] [ptr @kbd_decode], section "llvm.metadata"

; Function Attrs: noredzone nounwind
define dso_local x86_intrcc void @kbd_decode(ptr nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  %2 = call i8 asm sideeffect "inb $1, $0", "={ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i16 96) #1, !srcloc !2
  switch i8 %2, label %23 [
    i8 29, label %3
    i8 42, label %4
    i8 54, label %7
    i8 56, label %10
    i8 58, label %11
    i8 69, label %15
    i8 70, label %18
    i8 -99, label %22
  ]

3:                                                ; preds = %1
  store i32 1, ptr @ctrl_down, align 4, !tbaa !3
  br label %30

4:                                                ; preds = %1
  %5 = load i32, ptr @shift_depth, align 4, !tbaa !3
  %6 = add i32 %5, 1
  store i32 %6, ptr @shift_depth, align 4, !tbaa !3
  br label %30

7:                                                ; preds = %1
  %8 = load i32, ptr @shift_depth, align 4, !tbaa !3
  %9 = add i32 %8, 2
  store i32 %9, ptr @shift_depth, align 4, !tbaa !3
  br label %30

10:                                               ; preds = %1
  store i32 1, ptr @alt_down, align 4, !tbaa !3
  br label %30

11:                                               ; preds = %1
  %12 = load i32, ptr @caps_on, align 4, !tbaa !3
  %13 = icmp eq i32 %12, 0
  %14 = zext i1 %13 to i32
  store i32 %14, ptr @caps_on, align 4, !tbaa !3
  call void asm sideeffect "outb $0, $1", "{ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i8 -19, i16 96) #1, !srcloc !7
  br label %30

15:                                               ; preds = %1
  %16 = load i32, ptr @num_on, align 4, !tbaa !3
  %17 = xor i32 %16, 1
  store i32 %17, ptr @num_on, align 4, !tbaa !3
  call void asm sideeffect "outb $0, $1", "{ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i8 -19, i16 96) #1, !srcloc !7
  br label %30

18:                                               ; preds = %1
  %19 = load i32, ptr @scroll_on, align 4, !tbaa !3
  %20 = icmp eq i32 %19, 0
  %21 = select i1 %20, i32 3, i32 0
  store i32 %21, ptr @scroll_on, align 4, !tbaa !3
  br label %30

22:                                               ; preds = %1
  store i32 0, ptr @ctrl_down, align 4, !tbaa !3
  br label %30

23:                                               ; preds = %1
  %24 = load ptr, ptr @key_hook, align 8, !tbaa !8
  %25 = icmp eq ptr %24, null
  br i1 %25, label %27, label %26

26:                                               ; preds = %23
  call void %24(i8 noundef zeroext %2) #2
  br label %30

27:                                               ; preds = %23
  %28 = load i64, ptr @dropped_keys, align 8, !tbaa !10
  %29 = add i64 %28, 1
  store i64 %29, ptr @dropped_keys, align 8, !tbaa !10
  br label %30

30:                                               ; preds = %26, %27, %22, %18, %15, %11, %10, %7, %4, %3
  call void asm sideeffect "outb $0, $1", "{ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i8 32, i16 32) #1, !srcloc !7
  ret void
}

attributes #0 = { noredzone nounwind "disable-tail-calls"="true" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind }
attributes #2 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = !{i64 18629}
!3 = !{!4, !4, i64 0}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{i64 18482}
!8 = !{!9, !9, i64 0}
!9 = !{!"any pointer", !5, i64 0}
!10 = !{!11, !11, i64 0}
!11 = !{!"long", !5, i64 0}
