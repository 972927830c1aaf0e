; id: fe-clang16-kbd-switch-m32-gro
; title: Clang 16, -m32 -mgeneral-regs-only: a keyboard handler decoding modifier keys with a switch (a jump table) and calling a hook through a function pointer
; wrong: the indirect call to the hook may clobber what the ABI lets a callee clobber; ESP is only 4-aligned at that call on 32-bit
; correct: the jump table followed to every case; the hook built -mgeneral-regs-only clobbers no FP state; the call site aligned to what callees assume
; target: i386-pc-linux-gnu
; subject: none
; expect: i386-pc-linux-gnu @ llvm=13: N/A
; expect: i386-pc-linux-gnu @ llvm14-16: misaligned-call-site mmx-state-clobbered x87-state-clobbered
; expect: i386-pc-linux-gnu @ llvm>=17: mmx-state-clobbered x87-state-clobbered
; after-fix: i386-pc-linux-gnu @ llvm=13: N/A
; after-fix: i386-pc-linux-gnu @ llvm>=14: none
; oracle: i386-pc-linux-gnu @ llvm=13: N/A
; oracle: i386-pc-linux-gnu @ llvm>=14: none; CR0.TS=1: no-fault
; oracle-after-fix: i386-pc-linux-gnu @ llvm=13: N/A
; oracle-after-fix: i386-pc-linux-gnu @ llvm>=14: none; CR0.TS=1: #NM
; reads: llvm>=14
; reads-bitcode: llvm>=15
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: clang-16 -O2 -m32 -mgeneral-regs-only -ffreestanding -fno-pic from ir-tests/frontend/kbd_switch.c by produce.sh; pattern of pepsipu/xinOS-old (int33)
; RUN: llc -mtriple=i386-pc-linux-gnu -O2 -relocation-model=static < %s
; ModuleID = 'kbd_switch.c'
source_filename = "kbd_switch.c"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-pc-linux-gnu"

%struct.interrupt_frame = type { i32, i32, i32, i32, i32 }

@ctrl_down = dso_local local_unnamed_addr global i32 0, align 4
@shift_depth = dso_local local_unnamed_addr global i32 0, align 4
@alt_down = dso_local local_unnamed_addr global i32 0, align 4
@caps_on = dso_local local_unnamed_addr global i32 0, align 4
@num_on = dso_local local_unnamed_addr global i32 0, align 4
@scroll_on = dso_local local_unnamed_addr global i32 0, align 4
@key_hook = dso_local local_unnamed_addr global ptr null, align 4
@dropped_keys = dso_local local_unnamed_addr global i32 0, align 4
@llvm.compiler.used = appending global [1 x ptr] [ptr @kbd_decode], section "llvm.metadata"

; Function Attrs: nounwind
define dso_local x86_intrcc void @kbd_decode(ptr nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  %2 = call i8 asm sideeffect "inb $1, $0", "={ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i16 96) #1, !srcloc !3
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
  store i32 1, ptr @ctrl_down, align 4, !tbaa !4
  br label %30

4:                                                ; preds = %1
  %5 = load i32, ptr @shift_depth, align 4, !tbaa !4
  %6 = add i32 %5, 1
  store i32 %6, ptr @shift_depth, align 4, !tbaa !4
  br label %30

7:                                                ; preds = %1
  %8 = load i32, ptr @shift_depth, align 4, !tbaa !4
  %9 = add i32 %8, 2
  store i32 %9, ptr @shift_depth, align 4, !tbaa !4
  br label %30

10:                                               ; preds = %1
  store i32 1, ptr @alt_down, align 4, !tbaa !4
  br label %30

11:                                               ; preds = %1
  %12 = load i32, ptr @caps_on, align 4, !tbaa !4
  %13 = icmp eq i32 %12, 0
  %14 = zext i1 %13 to i32
  store i32 %14, ptr @caps_on, align 4, !tbaa !4
  call void asm sideeffect "outb $0, $1", "{ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i8 -19, i16 96) #1, !srcloc !8
  br label %30

15:                                               ; preds = %1
  %16 = load i32, ptr @num_on, align 4, !tbaa !4
  %17 = xor i32 %16, 1
  store i32 %17, ptr @num_on, align 4, !tbaa !4
  call void asm sideeffect "outb $0, $1", "{ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i8 -19, i16 96) #1, !srcloc !8
  br label %30

18:                                               ; preds = %1
  %19 = load i32, ptr @scroll_on, align 4, !tbaa !4
  %20 = icmp eq i32 %19, 0
  %21 = select i1 %20, i32 3, i32 0
  store i32 %21, ptr @scroll_on, align 4, !tbaa !4
  br label %30

22:                                               ; preds = %1
  store i32 0, ptr @ctrl_down, align 4, !tbaa !4
  br label %30

23:                                               ; preds = %1
  %24 = load ptr, ptr @key_hook, align 4, !tbaa !9
  %25 = icmp eq ptr %24, null
  br i1 %25, label %27, label %26

26:                                               ; preds = %23
  call void %24(i8 noundef zeroext %2) #2
  br label %30

27:                                               ; preds = %23
  %28 = load i32, ptr @dropped_keys, align 4, !tbaa !11
  %29 = add i32 %28, 1
  store i32 %29, ptr @dropped_keys, align 4, !tbaa !11
  br label %30

30:                                               ; preds = %26, %27, %22, %18, %15, %11, %10, %7, %4, %3
  call void asm sideeffect "outb $0, $1", "{ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i8 32, i16 32) #1, !srcloc !8
  ret void
}

attributes #0 = { nounwind "disable-tail-calls"="true" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,-3dnow,-3dnowa,-aes,-avx,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512er,-avx512f,-avx512fp16,-avx512ifma,-avx512pf,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint8,-f16c,-fma,-fma4,-gfni,-kl,-mmx,-pclmul,-sha,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-x87,-xop" "tune-cpu"="generic" }
attributes #1 = { nounwind }
attributes #2 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 1, !"NumRegisterParameters", i32 0}
!1 = !{i32 1, !"wchar_size", i32 4}
!2 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!3 = !{i64 13077}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{i64 12930}
!9 = !{!10, !10, i64 0}
!10 = !{!"any pointer", !6, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"long", !6, i64 0}
