; id: fe-clang19-callee-facts-x86_64-gro
; title: Clang 19, x86-64 -mgeneral-regs-only: the same handlers, every declaration carrying target-features without x87/MMX/SSE
; wrong: nothing the IR does not rule out: every callee is declared with features that forbid FP registers
; correct: callees judged by their declarations' attributes (target-features, no_caller_saved_registers) and the in-module helper by its body
; target: x86_64-unknown-linux-gnu
; subject: none
; expect: x86_64-unknown-linux-gnu @ llvm13-15: N/A
; expect: x86_64-unknown-linux-gnu @ llvm>=16: none
; after-fix: x86_64-unknown-linux-gnu @ llvm13-15: N/A
; after-fix: x86_64-unknown-linux-gnu @ llvm>=16: none
; oracle: x86_64-unknown-linux-gnu @ llvm13-15: N/A
; oracle: x86_64-unknown-linux-gnu @ llvm>=16: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm13-15: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm>=16: none; CR0.TS=1: no-fault
; reads: llvm>=16
; reads-bitcode: llvm>=16
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: clang-19 -O2 -mno-red-zone -mgeneral-regs-only -ffreestanding -fno-pic -target x86_64-unknown-linux-gnu from ir-tests/frontend/callee_facts.c by produce.sh
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -relocation-model=static < %s
; ModuleID = 'callee_facts.c'
source_filename = "callee_facts.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.interrupt_frame = type { i64, i64, i64, i64, i64 }

@.str = private unnamed_addr constant [5 x i8] c"tick\00", align 1
@timer_ticks = dso_local global i64 0, align 8
@need_resched = dso_local global i32 0, align 4
@histogram = dso_local local_unnamed_addr global [16 x i64] zeroinitializer, align 16
@llvm.compiler.used = appending global [3 x ptr] [ptr @timer_accounted, ptr @timer_logged, ptr @timer_preempt], section "llvm.metadata"

; Function Attrs: noredzone nounwind
define dso_local x86_intrcc void @timer_logged(ptr nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  call void @serial_log(ptr noundef nonnull @.str) #4
  %2 = load volatile i64, ptr @timer_ticks, align 8, !tbaa !2
  %3 = add i64 %2, 1
  store volatile i64 %3, ptr @timer_ticks, align 8, !tbaa !2
  call void asm sideeffect "outb $0, $1", "{ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i8 32, i16 32) #5, !srcloc !6
  ret void
}

; Function Attrs: noredzone
declare dso_local void @serial_log(ptr noundef) local_unnamed_addr #1

; Function Attrs: noredzone nounwind
define dso_local x86_intrcc void @timer_accounted(ptr nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  %2 = load volatile i64, ptr @timer_ticks, align 8, !tbaa !2
  %3 = add i64 %2, 1
  store volatile i64 %3, ptr @timer_ticks, align 8, !tbaa !2
  call fastcc void @account_tick(i64 noundef %3) #6
  call void asm sideeffect "outb $0, $1", "{ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i8 32, i16 32) #5, !srcloc !6
  ret void
}

; Function Attrs: nofree noinline norecurse noredzone nounwind memory(readwrite, argmem: none)
define internal fastcc void @account_tick(i64 noundef %0) unnamed_addr #2 {
  %2 = and i64 %0, 15
  %3 = getelementptr inbounds [16 x i64], ptr @histogram, i64 0, i64 %2
  %4 = load i64, ptr %3, align 8, !tbaa !2
  %5 = add i64 %4, 1
  store i64 %5, ptr %3, align 8, !tbaa !2
  %6 = and i64 %0, 1023
  %7 = icmp eq i64 %6, 0
  br i1 %7, label %8, label %9

8:                                                ; preds = %1
  store volatile i32 1, ptr @need_resched, align 4, !tbaa !7
  br label %9

9:                                                ; preds = %8, %1
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local x86_intrcc void @timer_preempt(ptr nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  %2 = load volatile i64, ptr @timer_ticks, align 8, !tbaa !2
  %3 = add i64 %2, 1
  store volatile i64 %3, ptr @timer_ticks, align 8, !tbaa !2
  %4 = load volatile i32, ptr @need_resched, align 4, !tbaa !7
  %5 = icmp eq i32 %4, 0
  br i1 %5, label %7, label %6

6:                                                ; preds = %1
  call void @schedule() #7
  br label %7

7:                                                ; preds = %6, %1
  call void asm sideeffect "outb $0, $1", "{ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i8 32, i16 32) #5, !srcloc !6
  ret void
}

; Function Attrs: noredzone
declare dso_local void @schedule() local_unnamed_addr #3

attributes #0 = { noredzone nounwind "disable-tail-calls"="true" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,-aes,-avx,-avx10.1-256,-avx10.1-512,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-f16c,-fma,-fma4,-gfni,-kl,-mmx,-pclmul,-sha,-sha512,-sm3,-sm4,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-x87,-xop" "tune-cpu"="generic" }
attributes #1 = { noredzone "no-builtins" "no-trapping-math"="true" "no_caller_saved_registers" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,-aes,-avx,-avx10.1-256,-avx10.1-512,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-f16c,-fma,-fma4,-gfni,-kl,-mmx,-pclmul,-sha,-sha512,-sm3,-sm4,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-x87,-xop" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse noredzone nounwind memory(readwrite, argmem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,-aes,-avx,-avx10.1-256,-avx10.1-512,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-f16c,-fma,-fma4,-gfni,-kl,-mmx,-pclmul,-sha,-sha512,-sm3,-sm4,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-x87,-xop" "tune-cpu"="generic" }
attributes #3 = { noredzone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,-aes,-avx,-avx10.1-256,-avx10.1-512,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-f16c,-fma,-fma4,-gfni,-kl,-mmx,-pclmul,-sha,-sha512,-sm3,-sm4,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-x87,-xop" "tune-cpu"="generic" }
attributes #4 = { nobuiltin noredzone nounwind "no-builtins" "no_caller_saved_registers" }
attributes #5 = { nounwind }
attributes #6 = { nobuiltin noredzone "no-builtins" }
attributes #7 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = !{!3, !3, i64 0}
!3 = !{!"long", !4, i64 0}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}
!6 = !{i64 17994}
!7 = !{!8, !8, i64 0}
!8 = !{!"int", !4, i64 0}
