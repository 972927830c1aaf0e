; id: fe-clang14-float-local-x86_64
; title: Clang 14, x86-64: a sensor handler with a volatile float local (a 4-byte movss store) and one with a volatile double
; wrong: SSE arithmetic runs with the interrupted code's MXCSR and sets its flags; the movss store of the float local writes 4 bytes, not 16
; correct: stmxcsr/ldmxcsr around the arithmetic, or no FP in the handler; xmm0 saved and restored intact
; target: x86_64-unknown-linux-gnu
; subject: mxcsr-clobbered
; expect: x86_64-unknown-linux-gnu @ llvm=13: N/A
; expect: x86_64-unknown-linux-gnu @ llvm>=14: fp-env-inherited mxcsr-clobbered
; after-fix: x86_64-unknown-linux-gnu @ llvm=13: N/A
; after-fix: x86_64-unknown-linux-gnu @ llvm=14: REJECTED
; after-fix: x86_64-unknown-linux-gnu @ llvm>=15: none
; oracle: x86_64-unknown-linux-gnu @ llvm=13: N/A
; oracle: x86_64-unknown-linux-gnu @ llvm>=14: none; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm13-14: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm>=15: none; CR0.TS=1: #NM
; reads: llvm>=14
; reads-bitcode: llvm>=14
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: clang-14 -O2 -mno-red-zone -ffreestanding -fno-pic -target x86_64-unknown-linux-gnu from ir-tests/frontend/float_local.c by produce.sh
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -relocation-model=static < %s
; ModuleID = 'float_local.c'
source_filename = "float_local.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.interrupt_frame = type { i64, i64, i64, i64, i64 }

@sensor_celsius = dso_local global float 0.000000e+00, align 4
@scaled_celsius = dso_local local_unnamed_addr global float 0.000000e+00, align 4
@sensor_kelvin = dso_local global double 0.000000e+00, align 8
@scaled_kelvin = dso_local local_unnamed_addr global double 0.000000e+00, align 8
@llvm.compiler.used = appending global [2 x i8*] [i8* bitcast (void (%struct.interrupt_frame*)* @thermal_double to i8*), i8* bitcast (void (%struct.interrupt_frame*)* @thermal_float to i8*)], section "llvm.metadata"

; Function Attrs: nofree noredzone nounwind
define dso_local x86_intrcc void @thermal_float(%struct.interrupt_frame* nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  %2 = alloca float, align 4
  %3 = bitcast float* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 4, i8* nonnull %3)
  %4 = load volatile float, float* @sensor_celsius, align 4, !tbaa !2
  store volatile float %4, float* %2, align 4, !tbaa !2
  %5 = load volatile float, float* %2, align 4, !tbaa !2
  %6 = fmul float %5, 5.000000e-01
  store float %6, float* @scaled_celsius, align 4, !tbaa !2
  call void @llvm.lifetime.end.p0i8(i64 4, i8* nonnull %3)
  ret void
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: nofree noredzone nounwind
define dso_local x86_intrcc void @thermal_double(%struct.interrupt_frame* nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  %2 = alloca double, align 8
  %3 = bitcast double* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %3)
  %4 = load volatile double, double* @sensor_kelvin, align 8, !tbaa !6
  store volatile double %4, double* %2, align 8, !tbaa !6
  %5 = load volatile double, double* %2, align 8, !tbaa !6
  %6 = fmul double %5, 5.000000e-01
  store double %6, double* @scaled_kelvin, align 8, !tbaa !6
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %3)
  ret void
}

attributes #0 = { nofree noredzone nounwind "disable-tail-calls"="true" "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly mustprogress nofree nosync nounwind willreturn }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 14.0.6"}
!2 = !{!3, !3, i64 0}
!3 = !{!"float", !4, i64 0}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}
!6 = !{!7, !7, i64 0}
!7 = !{!"double", !4, i64 0}
