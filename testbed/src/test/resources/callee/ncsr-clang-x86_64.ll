target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.frame = type { i64, i64, i64, i64, i64 }

@state = dso_local global i32 0, align 4
@on_irq = dso_local local_unnamed_addr global ptr @step, align 8
@llvm.compiler.used = appending global [1 x ptr] [ptr @irq], section "llvm.metadata"

; Function Attrs: nofree noinline norecurse noredzone nounwind memory(readwrite, argmem: none)
define dso_local void @reset() local_unnamed_addr #0 {
  store volatile i32 0, ptr @state, align 4, !tbaa !2
  ret void
}

; Function Attrs: nofree noinline norecurse noredzone nounwind
define dso_local void @step(ptr nocapture noundef %0) #1 {
  %2 = load volatile i32, ptr @state, align 4, !tbaa !2
  %3 = load i32, ptr %0, align 4, !tbaa !2
  %4 = add nsw i32 %3, %2
  store i32 %4, ptr %0, align 4, !tbaa !2
  tail call void @reset() #4
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local x86_intrcc void @irq(ptr nocapture noundef readnone byval(%struct.frame) %0) #2 {
  %2 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #5
  store i32 1, ptr %2, align 4, !tbaa !2
  call void @step(ptr noundef nonnull %2) #4
  %3 = load ptr, ptr @on_irq, align 8, !tbaa !6
  call void %3(ptr noundef nonnull %2) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #5
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #3

attributes #0 = { nofree noinline norecurse noredzone nounwind memory(readwrite, argmem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "no_caller_saved_registers" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree noinline norecurse noredzone nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "no_caller_saved_registers" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { noredzone nounwind "disable-tail-calls"="true" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nobuiltin noredzone "no-builtins" "no_caller_saved_registers" }
attributes #5 = { nounwind }
attributes #6 = { nobuiltin noredzone nounwind "no-builtins" "no_caller_saved_registers" }

!llvm.module.flags = !{!0}

!0 = !{i32 1, !"wchar_size", i32 4}
!2 = !{!3, !3, i64 0}
!3 = !{!"int", !4, i64 0}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}
!6 = !{!7, !7, i64 0}
!7 = !{!"any pointer", !4, i64 0}
