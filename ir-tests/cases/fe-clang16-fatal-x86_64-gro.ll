; id: fe-clang16-fatal-x86_64-gro
; title: Clang 16, x86-64 -mgeneral-regs-only: exception handlers that halt, halt forever or call a noreturn panic, next to one that returns
; wrong: double_fault_halt is declared without the error code #DF pushes: run on vector 8 it returns with the error code on the stack (check the object with --handler double_fault_halt:ecode)
; correct: declare #DF with its error code; a handler that ends in a noreturn call or a hlt loop has no iret to judge on that path
; target: x86_64-unknown-linux-gnu
; subject: none
; expect: x86_64-unknown-linux-gnu @ llvm13-15: N/A
; expect: x86_64-unknown-linux-gnu @ llvm>=16: misaligned-call-site
; after-fix: x86_64-unknown-linux-gnu @ llvm13-15: N/A
; after-fix: x86_64-unknown-linux-gnu @ llvm>=16: none
; oracle: x86_64-unknown-linux-gnu @ llvm13-15: N/A
; oracle: x86_64-unknown-linux-gnu @ llvm>=16: misaligned-call-site; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm13-15: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm>=16: none; CR0.TS=1: no-fault
; reads: llvm>=16
; reads-bitcode: llvm>=16
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: clang-16 -O2 -mno-red-zone -mgeneral-regs-only -ffreestanding -fno-pic -target x86_64-unknown-linux-gnu from ir-tests/frontend/fatal.c by produce.sh; patterns of pepsipu/xinOS-old (int08), ngiddings/quark-kernel (isr_double_fault), EvalynGoemer/evalynOS (page_fault_isr)
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -relocation-model=static < %s
; ModuleID = 'fatal.c'
source_filename = "fatal.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.interrupt_frame = type { i64, i64, i64, i64, i64 }

@df_count = dso_local global i64 0, align 8
@df_code = dso_local global i64 0, align 8
@.str = private unnamed_addr constant [25 x i8] c"null pointer dereference\00", align 1
@.str.1 = private unnamed_addr constant [25 x i8] c"general protection fault\00", align 1
@breakpoints = dso_local global i64 0, align 8
@llvm.compiler.used = appending global [5 x ptr] [ptr @breakpoint_count, ptr @double_fault_halt, ptr @double_fault_spin, ptr @gp_fault_panic, ptr @page_fault_fatal], section "llvm.metadata"

; Function Attrs: noredzone nounwind
define dso_local x86_intrcc void @double_fault_halt(ptr nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  %2 = load volatile i64, ptr @df_count, align 8, !tbaa !2
  %3 = add i64 %2, 1
  store volatile i64 %3, ptr @df_count, align 8, !tbaa !2
  call void asm sideeffect "hlt", "~{dirflag},~{fpsr},~{flags}"() #5, !srcloc !6
  ret void
}

; Function Attrs: noredzone noreturn nounwind
define dso_local x86_intrcc void @double_fault_spin(ptr nocapture noundef readnone byval(%struct.interrupt_frame) %0, i64 noundef %1) #1 {
  store volatile i64 %1, ptr @df_code, align 8, !tbaa !2
  br label %3

3:                                                ; preds = %3, %2
  call void asm sideeffect "cli\0A\09hlt", "~{dirflag},~{fpsr},~{flags}"() #5, !srcloc !7
  br label %3
}

; Function Attrs: noredzone nounwind
define dso_local x86_intrcc void @page_fault_fatal(ptr nocapture noundef readnone byval(%struct.interrupt_frame) %0, i64 noundef %1) #0 {
  %3 = call i64 asm sideeffect "mov %cr2, $0", "=r,~{dirflag},~{fpsr},~{flags}"() #5, !srcloc !8
  %4 = icmp ult i64 %3, 4096
  br i1 %4, label %5, label %6

5:                                                ; preds = %2
  call void @kernel_panic(ptr noundef nonnull @.str) #6
  unreachable

6:                                                ; preds = %2
  call void @log_fault(i64 noundef %3, i64 noundef %1) #7
  ret void
}

; Function Attrs: noredzone noreturn
declare dso_local void @kernel_panic(ptr noundef) local_unnamed_addr #2

; Function Attrs: noredzone
declare dso_local void @log_fault(i64 noundef, i64 noundef) local_unnamed_addr #3

; Function Attrs: noredzone noreturn nounwind
define dso_local x86_intrcc void @gp_fault_panic(ptr nocapture noundef readnone byval(%struct.interrupt_frame) %0, i64 %1) #1 {
  call void @kernel_panic(ptr noundef nonnull @.str.1) #6
  unreachable
}

; Function Attrs: nofree norecurse noredzone nounwind memory(readwrite, argmem: none)
define dso_local x86_intrcc void @breakpoint_count(ptr nocapture noundef readnone byval(%struct.interrupt_frame) %0) #4 {
  %2 = load volatile i64, ptr @breakpoints, align 8, !tbaa !2
  %3 = add i64 %2, 1
  store volatile i64 %3, ptr @breakpoints, align 8, !tbaa !2
  ret void
}

attributes #0 = { noredzone nounwind "disable-tail-calls"="true" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,-3dnow,-3dnowa,-aes,-avx,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512er,-avx512f,-avx512fp16,-avx512ifma,-avx512pf,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint8,-f16c,-fma,-fma4,-gfni,-kl,-mmx,-pclmul,-sha,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-x87,-xop" "tune-cpu"="generic" }
attributes #1 = { noredzone noreturn nounwind "disable-tail-calls"="true" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,-3dnow,-3dnowa,-aes,-avx,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512er,-avx512f,-avx512fp16,-avx512ifma,-avx512pf,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint8,-f16c,-fma,-fma4,-gfni,-kl,-mmx,-pclmul,-sha,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-x87,-xop" "tune-cpu"="generic" }
attributes #2 = { noredzone noreturn "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,-3dnow,-3dnowa,-aes,-avx,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512er,-avx512f,-avx512fp16,-avx512ifma,-avx512pf,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint8,-f16c,-fma,-fma4,-gfni,-kl,-mmx,-pclmul,-sha,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-x87,-xop" "tune-cpu"="generic" }
attributes #3 = { noredzone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,-3dnow,-3dnowa,-aes,-avx,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512er,-avx512f,-avx512fp16,-avx512ifma,-avx512pf,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint8,-f16c,-fma,-fma4,-gfni,-kl,-mmx,-pclmul,-sha,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-x87,-xop" "tune-cpu"="generic" }
attributes #4 = { nofree norecurse noredzone nounwind memory(readwrite, argmem: none) "disable-tail-calls"="true" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,-3dnow,-3dnowa,-aes,-avx,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512er,-avx512f,-avx512fp16,-avx512ifma,-avx512pf,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint8,-f16c,-fma,-fma4,-gfni,-kl,-mmx,-pclmul,-sha,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-x87,-xop" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nobuiltin noredzone noreturn nounwind "no-builtins" }
attributes #7 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!2 = !{!3, !3, i64 0}
!3 = !{!"long", !4, i64 0}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}
!6 = !{i64 814}
!7 = !{i64 1054, i64 1060}
!8 = !{i64 1239}
