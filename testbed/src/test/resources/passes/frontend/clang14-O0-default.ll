; ModuleID = 'handlers.c'
source_filename = "handlers.c"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-pc-linux-gnu"

%struct.interrupt_frame = type { i32, i32, i32 }

@__const.sse_call.values = private unnamed_addr constant [4 x float] [float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00], align 4
@sink = dso_local global float 0.000000e+00, align 4
@llvm.compiler.used = appending global [3 x i8*] [i8* bitcast (void (%struct.interrupt_frame*)* @sse_call to i8*), i8* bitcast (void (%struct.interrupt_frame*)* @float_local to i8*), i8* bitcast (void (%struct.interrupt_frame*, i32)* @skip_fault to i8*)], section "llvm.metadata"

; Function Attrs: noinline nounwind optnone
define dso_local x86_intrcc void @sse_call(%struct.interrupt_frame* noundef byval(%struct.interrupt_frame) %0) #0 {
  %2 = alloca %struct.interrupt_frame*, align 4
  %3 = alloca [4 x float], align 4
  store %struct.interrupt_frame* %0, %struct.interrupt_frame** %2, align 4
  %4 = bitcast [4 x float]* %3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i32(i8* align 4 %4, i8* align 4 bitcast ([4 x float]* @__const.sse_call.values to i8*), i32 16, i1 false)
  %5 = getelementptr inbounds [4 x float], [4 x float]* %3, i32 0, i32 0
  call void @consume(float* noundef %5) #4
  ret void
}

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i32(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i32, i1 immarg) #1

declare dso_local void @consume(float* noundef) #2

; Function Attrs: noinline nounwind optnone
define dso_local x86_intrcc void @float_local(%struct.interrupt_frame* noundef byval(%struct.interrupt_frame) %0) #0 {
  %2 = alloca %struct.interrupt_frame*, align 4
  %3 = alloca float, align 4
  store %struct.interrupt_frame* %0, %struct.interrupt_frame** %2, align 4
  %4 = load volatile float, float* @sink, align 4
  store float %4, float* %3, align 4
  %5 = load float, float* %3, align 4
  %6 = call float @llvm.fmuladd.f32(float %5, float 1.500000e+00, float 2.500000e-01)
  store volatile float %6, float* @sink, align 4
  ret void
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #3

; Function Attrs: noinline nounwind optnone
define dso_local x86_intrcc void @skip_fault(%struct.interrupt_frame* noundef byval(%struct.interrupt_frame) %0, i32 noundef %1) #0 {
  %3 = alloca %struct.interrupt_frame*, align 4
  %4 = alloca i32, align 4
  store %struct.interrupt_frame* %0, %struct.interrupt_frame** %3, align 4
  store i32 %1, i32* %4, align 4
  %5 = load %struct.interrupt_frame*, %struct.interrupt_frame** %3, align 4
  %6 = getelementptr inbounds %struct.interrupt_frame, %struct.interrupt_frame* %5, i32 0, i32 0
  %7 = load volatile i32, i32* %6, align 4
  %8 = add i32 %7, 6
  store volatile i32 %8, i32* %6, align 4
  %9 = load i32, i32* %4, align 4
  %10 = uitofp i32 %9 to float
  store volatile float %10, float* @sink, align 4
  ret void
}

attributes #0 = { noinline nounwind optnone "disable-tail-calls"="true" "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly nofree nounwind willreturn }
attributes #2 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #4 = { nobuiltin "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 1, !"NumRegisterParameters", i32 0}
!1 = !{i32 1, !"wchar_size", i32 4}
!2 = !{i32 7, !"frame-pointer", i32 2}
!3 = !{!"Debian clang version 14.0.6"}
