; id: fe-clang14-float-stats-m32-nosse
; title: Clang 14, -m32 -mno-sse: a sampling interrupt keeping a running mean in float, which becomes x87 code
; upstream: llvm/llvm-project#26785
; wrong: x87 arithmetic in the handler with no x87 state saved, computing with the interrupted code's control word
; correct: fxsave/fnsave, fninit or fldcw, the arithmetic, the restore; or no floating point at all (GCC with -mgeneral-regs-only calls soft-float routines: ir-tests/frontend/gcc/float_stats-m32.s)
; target: i386-pc-linux-gnu
; subject: x87-state-clobbered
; expect: i386-pc-linux-gnu @ llvm=13: N/A
; expect: i386-pc-linux-gnu @ llvm>=14: fp-env-inherited mmx-state-clobbered x87-state-clobbered
; after-fix: i386-pc-linux-gnu @ llvm=13: N/A
; after-fix: i386-pc-linux-gnu @ llvm>=14: none
; oracle: i386-pc-linux-gnu @ llvm=13: N/A
; oracle: i386-pc-linux-gnu @ llvm>=14: mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: i386-pc-linux-gnu @ llvm=13: N/A
; oracle-after-fix: i386-pc-linux-gnu @ llvm>=14: none; CR0.TS=1: #NM
; reads: llvm>=14
; reads-bitcode: llvm>=14
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: our run (llvm=14 and llvm=20 read the text and the bitcode; older ones were not tried): clang-14 -O2 -m32 -mno-sse -ffreestanding -fno-pic from ir-tests/frontend/float_stats.c by produce.sh
; RUN: llc -mtriple=i386-pc-linux-gnu -O2 -relocation-model=static < %s
; ModuleID = 'float_stats.c'
source_filename = "float_stats.c"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-pc-linux-gnu"

%struct.interrupt_frame = type { i32, i32, i32, i32, i32 }

@samples = dso_local local_unnamed_addr global i32 0, align 4
@sensor = external dso_local global float, align 4
@mean = dso_local local_unnamed_addr global float 0.000000e+00, align 4
@llvm.compiler.used = appending global [1 x i8*] [i8* bitcast (void (%struct.interrupt_frame*)* @sample_sensor to i8*)], section "llvm.metadata"

; Function Attrs: mustprogress nofree norecurse nounwind willreturn
define dso_local x86_intrcc void @sample_sensor(%struct.interrupt_frame* nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  %2 = load i32, i32* @samples, align 4, !tbaa !3
  %3 = add i32 %2, 1
  store i32 %3, i32* @samples, align 4, !tbaa !3
  %4 = load volatile float, float* @sensor, align 4, !tbaa !7
  %5 = load float, float* @mean, align 4, !tbaa !7
  %6 = fsub float %4, %5
  %7 = uitofp i32 %3 to float
  %8 = fdiv float %6, %7
  %9 = fadd float %5, %8
  store float %9, float* @mean, align 4, !tbaa !7
  ret void
}

attributes #0 = { mustprogress nofree norecurse nounwind willreturn "disable-tail-calls"="true" "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87,-aes,-avx,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512er,-avx512f,-avx512fp16,-avx512ifma,-avx512pf,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxvnni,-f16c,-fma,-fma4,-gfni,-kl,-pclmul,-sha,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-xop" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 1, !"NumRegisterParameters", i32 0}
!1 = !{i32 1, !"wchar_size", i32 4}
!2 = !{!"Debian clang version 14.0.6"}
!3 = !{!4, !4, i64 0}
!4 = !{!"long", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{!8, !8, i64 0}
!8 = !{!"float", !5, i64 0}
