; ModuleID = 'handlers.c'
source_filename = "handlers.c"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-pc-linux-gnu"

%struct.interrupt_frame = type { i32, i32, i32 }

@__const.sse_call.values = private unnamed_addr constant [4 x float] [float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00], align 4
@sink = dso_local global float 0.000000e+00, align 4
@llvm.compiler.used = appending global [3 x i8*] [i8* bitcast (void (%struct.interrupt_frame*)* @float_local to i8*), i8* bitcast (void (%struct.interrupt_frame*, i32)* @skip_fault to i8*), i8* bitcast (void (%struct.interrupt_frame*)* @sse_call to i8*)], section "llvm.metadata"

; Function Attrs: nounwind
define dso_local x86_intrcc void @sse_call(%struct.interrupt_frame* nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  %2 = alloca [4 x float], align 4
  %3 = bitcast [4 x float]* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %3) #7
  call void @llvm.memcpy.p0i8.p0i8.i32(i8* noundef nonnull align 4 dereferenceable(16) %3, i8* noundef nonnull align 4 dereferenceable(16) bitcast ([4 x float]* @__const.sse_call.values to i8*), i32 16, i1 false)
  %4 = getelementptr inbounds [4 x float], [4 x float]* %2, i32 0, i32 0
  call void @consume(float* noundef nonnull %4) #8
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %3) #7
  ret void
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i32(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i32, i1 immarg) #2

declare dso_local void @consume(float* noundef) local_unnamed_addr #3

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: nofree nounwind
define dso_local x86_intrcc void @float_local(%struct.interrupt_frame* nocapture noundef readnone byval(%struct.interrupt_frame) %0) #4 {
  %2 = load volatile float, float* @sink, align 4, !tbaa !3
  %3 = call float @llvm.fmuladd.f32(float %2, float 1.500000e+00, float 2.500000e-01)
  store volatile float %3, float* @sink, align 4, !tbaa !3
  ret void
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #5

; Function Attrs: nofree norecurse nounwind
define dso_local x86_intrcc void @skip_fault(%struct.interrupt_frame* noundef byval(%struct.interrupt_frame) %0, i32 noundef %1) #6 {
  %3 = getelementptr inbounds %struct.interrupt_frame, %struct.interrupt_frame* %0, i32 0, i32 0
  %4 = load volatile i32, i32* %3, align 4, !tbaa !7
  %5 = add i32 %4, 6
  store volatile i32 %5, i32* %3, align 4, !tbaa !7
  %6 = uitofp i32 %1 to float
  store volatile float %6, float* @sink, align 4, !tbaa !3
  ret void
}

attributes #0 = { nounwind "disable-tail-calls"="true" "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #2 = { argmemonly mustprogress nofree nounwind willreturn }
attributes #3 = { "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "disable-tail-calls"="true" "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #6 = { nofree norecurse nounwind "disable-tail-calls"="true" "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }
attributes #8 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 1, !"NumRegisterParameters", i32 0}
!1 = !{i32 1, !"wchar_size", i32 4}
!2 = !{!"Debian clang version 14.0.6"}
!3 = !{!4, !4, i64 0}
!4 = !{!"float", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{!8, !9, i64 0}
!8 = !{!"interrupt_frame", !9, i64 0, !9, i64 4, !9, i64 8}
!9 = !{!"int", !5, i64 0}
