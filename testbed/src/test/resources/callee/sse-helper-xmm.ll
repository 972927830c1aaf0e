target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.frame = type { i64, i64, i64, i64, i64 }

@scale = dso_local global float 1.500000e+00, align 4
@ticks = dso_local global i64 0, align 8
@llvm.compiler.used = appending global [1 x ptr] [ptr @timer], section "llvm.metadata"

; Function Attrs: nofree norecurse noredzone nounwind
define dso_local x86_intrcc void @timer(ptr nocapture noundef readnone byval(%struct.frame) %0) #0 {
  call fastcc void @count_tick() #2
  ret void
}

; Function Attrs: nofree noinline norecurse noredzone nounwind memory(readwrite, argmem: none)
define internal fastcc void @count_tick() unnamed_addr #1 {
  %1 = load volatile i64, ptr @ticks, align 8, !tbaa !2
  %2 = uitofp i64 %1 to float
  %3 = load volatile float, ptr @scale, align 4, !tbaa !6
  %4 = fmul float %3, %2
  %5 = fptoui float %4 to i64
  store volatile i64 %5, ptr @ticks, align 8, !tbaa !2
  ret void
}

attributes #0 = { nofree norecurse noredzone nounwind "disable-tail-calls"="true" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,-aes,-avx,-avx10.1-256,-avx10.1-512,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-f16c,-fma,-fma4,-gfni,-kl,-mmx,-pclmul,-sha,-sha512,-sm3,-sm4,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-x87,-xop" "tune-cpu"="generic" }
attributes #1 = { nofree noinline norecurse noredzone nounwind memory(readwrite, argmem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+sse,+sse2,-aes,-avx,-avx10.1-256,-avx10.1-512,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-f16c,-fma,-fma4,-gfni,-kl,-mmx,-pclmul,-sha,-sha512,-sm3,-sm4,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-x87,-xop" "tune-cpu"="generic" }
attributes #2 = { nobuiltin noredzone "no-builtins" }

!llvm.module.flags = !{!0}

!0 = !{i32 1, !"wchar_size", i32 4}
!2 = !{!3, !3, i64 0}
!3 = !{!"long", !4, i64 0}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}
!6 = !{!7, !7, i64 0}
!7 = !{!"float", !4, i64 0}
