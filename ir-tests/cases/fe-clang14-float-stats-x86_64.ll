; id: fe-clang14-float-stats-x86_64
; title: Clang 14, x86-64: a sampling interrupt keeping a running mean in float, which becomes SSE code
; upstream: llvm/llvm-project#41189
; wrong: SSE float arithmetic sets MXCSR exception flags the interrupted code did not raise, and rounds with its MXCSR; LLVM never saves MXCSR
; correct: stmxcsr/ldmxcsr (or fxsave/xsave) around the arithmetic, or no floating point in the handler (GCC refuses: ir-tests/frontend/gcc/float_stats-x86_64.err)
; target: x86_64-unknown-linux-gnu
; subject: mxcsr-clobbered
; expect: x86_64-unknown-linux-gnu @ llvm=13: N/A
; expect: x86_64-unknown-linux-gnu @ llvm>=14: fp-env-inherited mxcsr-clobbered
; after-fix: x86_64-unknown-linux-gnu @ llvm=13: N/A
; after-fix: x86_64-unknown-linux-gnu @ llvm>=14: none
; oracle: x86_64-unknown-linux-gnu @ llvm=13: N/A
; oracle: x86_64-unknown-linux-gnu @ llvm>=14: none; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=13: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm>=14: none; CR0.TS=1: #NM
; reads: llvm>=14
; reads-bitcode: llvm>=14
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: our run (llvm=14 and llvm=20 read the text and the bitcode; older ones were not tried): clang-14 -O2 -mno-red-zone -ffreestanding -fno-pic -target x86_64-unknown-linux-gnu from ir-tests/frontend/float_stats.c by produce.sh
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -relocation-model=static < %s
; ModuleID = 'float_stats.c'
source_filename = "float_stats.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.interrupt_frame = type { i64, i64, i64, i64, i64 }

@samples = dso_local local_unnamed_addr global i64 0, align 8
@sensor = external dso_local global float, align 4
@mean = dso_local local_unnamed_addr global float 0.000000e+00, align 4
@llvm.compiler.used = appending global [1 x i8*] [i8* bitcast (void (%struct.interrupt_frame*)* @sample_sensor to i8*)], section "llvm.metadata"

; Function Attrs: mustprogress nofree norecurse noredzone nounwind willreturn
define dso_local x86_intrcc void @sample_sensor(%struct.interrupt_frame* nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  %2 = load i64, i64* @samples, align 8, !tbaa !2
  %3 = add i64 %2, 1
  store i64 %3, i64* @samples, align 8, !tbaa !2
  %4 = load volatile float, float* @sensor, align 4, !tbaa !6
  %5 = load float, float* @mean, align 4, !tbaa !6
  %6 = fsub float %4, %5
  %7 = uitofp i64 %3 to float
  %8 = fdiv float %6, %7
  %9 = fadd float %5, %8
  store float %9, float* @mean, align 4, !tbaa !6
  ret void
}

attributes #0 = { mustprogress nofree norecurse noredzone nounwind willreturn "disable-tail-calls"="true" "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 14.0.6"}
!2 = !{!3, !3, i64 0}
!3 = !{!"long", !4, i64 0}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}
!6 = !{!7, !7, i64 0}
!7 = !{!"float", !4, i64 0}
