; ModuleID = 'handlers.c'
source_filename = "handlers.c"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-pc-linux-gnu"

%struct.interrupt_frame = type { i32, i32, i32 }

@__const.sse_call.values = private unnamed_addr constant [4 x float] [float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00], align 4
@sink = dso_local global float 0.000000e+00, align 4
@llvm.compiler.used = appending global [3 x ptr] [ptr @sse_call, ptr @float_local, ptr @skip_fault], section "llvm.metadata"

; Function Attrs: noinline nounwind optnone
define dso_local x86_intrcc void @sse_call(ptr noundef byval(%struct.interrupt_frame) %0) #0 {
  %2 = alloca ptr, align 4
  %3 = alloca [4 x float], align 4
  store ptr %0, ptr %2, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %3, ptr align 4 @__const.sse_call.values, i32 16, i1 false)
  %4 = getelementptr inbounds [4 x float], ptr %3, i32 0, i32 0
  call void @consume(ptr noundef %4) #4
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #1

declare dso_local void @consume(ptr noundef) #2

; Function Attrs: noinline nounwind optnone
define dso_local x86_intrcc void @float_local(ptr noundef byval(%struct.interrupt_frame) %0) #0 {
  %2 = alloca ptr, align 4
  %3 = alloca float, align 4
  store ptr %0, ptr %2, align 4
  %4 = load volatile float, ptr @sink, align 4
  store float %4, ptr %3, align 4
  %5 = load float, ptr %3, align 4
  %6 = call float @llvm.fmuladd.f32(float %5, float 1.500000e+00, float 2.500000e-01)
  store volatile float %6, ptr @sink, align 4
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #3

; Function Attrs: noinline nounwind optnone
define dso_local x86_intrcc void @skip_fault(ptr noundef byval(%struct.interrupt_frame) %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 4
  %6 = getelementptr inbounds %struct.interrupt_frame, ptr %5, i32 0, i32 0
  %7 = load volatile i32, ptr %6, align 4
  %8 = add i32 %7, 6
  store volatile i32 %8, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = uitofp i32 %9 to float
  store volatile float %10, ptr @sink, align 4
  ret void
}

attributes #0 = { noinline nounwind optnone "disable-tail-calls"="true" "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nobuiltin "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 1, !"NumRegisterParameters", i32 0}
!1 = !{i32 1, !"wchar_size", i32 4}
!2 = !{i32 7, !"frame-pointer", i32 2}
!3 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
