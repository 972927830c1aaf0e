target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i686-unknown-linux-gnu"

%struct.frame = type { i32, i32, i32, i32, i32 }

@tick_hook = dso_local local_unnamed_addr global ptr @eoi, align 4
@ticks = internal global i32 0, align 4
@.str = private unnamed_addr constant [19 x i8] c"the timer ran away\00", align 1
@llvm.compiler.used = appending global [2 x ptr] [ptr @keyboard, ptr @timer], section "llvm.metadata"

; Function Attrs: noredzone
declare dso_local void @eoi() #0

; Function Attrs: noredzone nounwind
define dso_local x86_intrcc void @timer(ptr nocapture noundef readnone byval(%struct.frame) %0) #1 {
  call fastcc void @count_tick() #5
  %2 = load ptr, ptr @tick_hook, align 4, !tbaa !3
  call void %2() #6
  call void @eoi() #6
  ret void
}

; Function Attrs: nofree noinline norecurse noredzone nounwind memory(readwrite, argmem: none)
define internal fastcc void @count_tick() unnamed_addr #2 {
  %1 = load volatile i32, ptr @ticks, align 4, !tbaa !7
  %2 = add i32 %1, 1
  store volatile i32 %2, ptr @ticks, align 4, !tbaa !7
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local x86_intrcc void @keyboard(ptr nocapture noundef readnone byval(%struct.frame) %0) #1 {
  %2 = load volatile i32, ptr @ticks, align 4, !tbaa !7
  %3 = icmp ugt i32 %2, 1000000000
  br i1 %3, label %4, label %5

4:                                                ; preds = %1
  call void @panic(ptr noundef nonnull @.str) #7
  unreachable

5:                                                ; preds = %1
  call void @log_irq(i32 noundef 33) #8
  call void @eoi() #6
  ret void
}

; Function Attrs: noredzone noreturn
declare dso_local void @panic(ptr noundef) local_unnamed_addr #3

; Function Attrs: noredzone
declare dso_local void @log_irq(i32 noundef) local_unnamed_addr #4

attributes #0 = { noredzone "no-builtins" "no-trapping-math"="true" "no_caller_saved_registers" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,-aes,-avx,-avx10.1-256,-avx10.1-512,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-f16c,-fma,-fma4,-gfni,-kl,-mmx,-pclmul,-sha,-sha512,-sm3,-sm4,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-x87,-xop" "tune-cpu"="generic" }
attributes #1 = { noredzone nounwind "disable-tail-calls"="true" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,-aes,-avx,-avx10.1-256,-avx10.1-512,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-f16c,-fma,-fma4,-gfni,-kl,-mmx,-pclmul,-sha,-sha512,-sm3,-sm4,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-x87,-xop" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse noredzone nounwind memory(readwrite, argmem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,-aes,-avx,-avx10.1-256,-avx10.1-512,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-f16c,-fma,-fma4,-gfni,-kl,-mmx,-pclmul,-sha,-sha512,-sm3,-sm4,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-x87,-xop" "tune-cpu"="generic" }
attributes #3 = { noredzone noreturn "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,-aes,-avx,-avx10.1-256,-avx10.1-512,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-f16c,-fma,-fma4,-gfni,-kl,-mmx,-pclmul,-sha,-sha512,-sm3,-sm4,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-x87,-xop" "tune-cpu"="generic" }
attributes #4 = { noredzone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,-aes,-avx,-avx10.1-256,-avx10.1-512,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-f16c,-fma,-fma4,-gfni,-kl,-mmx,-pclmul,-sha,-sha512,-sm3,-sm4,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-x87,-xop" "tune-cpu"="generic" }
attributes #5 = { nobuiltin noredzone "no-builtins" }
attributes #6 = { nobuiltin noredzone nounwind "no-builtins" "no_caller_saved_registers" }
attributes #7 = { nobuiltin noredzone noreturn nounwind "no-builtins" }
attributes #8 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 1, !"NumRegisterParameters", i32 0}
!1 = !{i32 1, !"wchar_size", i32 4}
!3 = !{!4, !4, i64 0}
!4 = !{!"any pointer", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{!8, !8, i64 0}
!8 = !{!"long", !5, i64 0}
