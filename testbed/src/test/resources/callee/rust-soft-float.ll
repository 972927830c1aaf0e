target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_RNvCskDciJsg89Om_8handlers5TICKS.0 = internal unnamed_addr global i64 0, align 8

; __rustc::rust_begin_unwind
; Function Attrs: nofree norecurse noredzone noreturn nosync nounwind nonlazybind memory(none) uwtable
define void @_RNvCsfLfy6EI15iL_7___rustc17rust_begin_unwind(ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %_1) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb1, %start
  br label %bb1
}

; Function Attrs: noredzone noreturn nounwind nonlazybind uwtable
define x86_intrcc void @double_fault(ptr noalias noundef readnone byval([40 x i8]) align 8 captures(none) dereferenceable(40) %_frame, i64 noundef %_code) unnamed_addr #1 {
start:
  tail call void @halt_forever() #4
  unreachable
}

; Function Attrs: mustprogress nofree noinline norecurse noredzone nosync nounwind nonlazybind willreturn memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define void @record_tick() unnamed_addr #2 {
start:
  %0 = load i64, ptr @_RNvCskDciJsg89Om_8handlers5TICKS.0, align 8, !noundef !3
  %1 = add i64 %0, 1
  store i64 %1, ptr @_RNvCskDciJsg89Om_8handlers5TICKS.0, align 8
  ret void
}

; Function Attrs: noredzone nounwind nonlazybind uwtable
define x86_intrcc void @timer(ptr noalias noundef readnone byval([40 x i8]) align 8 captures(none) dereferenceable(40) %_frame) unnamed_addr #3 {
start:
  tail call void @record_tick() #5
  tail call void @send_eoi(i8 noundef zeroext 32) #6
  ret void
}

; Function Attrs: noredzone noreturn nounwind nonlazybind uwtable
declare void @halt_forever() unnamed_addr #1

; Function Attrs: noredzone nounwind nonlazybind uwtable
declare void @send_eoi(i8 noundef zeroext) unnamed_addr #3

attributes #0 = { nofree norecurse noredzone noreturn nosync nounwind nonlazybind memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" "target-features"="-aes,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-f16c,-fma,-gfni,-kl,-pclmul,-sha,-sha512,-sm3,-sm4,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-xop,+soft-float" }
attributes #1 = { noredzone noreturn nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" "target-features"="-aes,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-f16c,-fma,-gfni,-kl,-pclmul,-sha,-sha512,-sm3,-sm4,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-xop,+soft-float" }
attributes #2 = { mustprogress nofree noinline norecurse noredzone nosync nounwind nonlazybind willreturn memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" "target-features"="-aes,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-f16c,-fma,-gfni,-kl,-pclmul,-sha,-sha512,-sm3,-sm4,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-xop,+soft-float" }
attributes #3 = { noredzone nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" "target-features"="-aes,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-f16c,-fma,-gfni,-kl,-pclmul,-sha,-sha512,-sm3,-sm4,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-xop,+soft-float" }
attributes #4 = { noreturn nounwind }
attributes #5 = { noinline nounwind }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{}
