; id: fe-clang14-page-fault-x86_64-general-regs-only
; title: Clang 14, x86-64 -mgeneral-regs-only, as GCC's documentation advises for handlers: the page fault handler again
; upstream: llvm/llvm-project#224029, llvm/llvm-project#26785
; wrong: RSP is misaligned at the call (the error code leaves it 8 mod 16 and LLVM counts its realignment push twice); the callee is declared -x87,-mmx,-sse, so it cannot change the registers the handler does not save
; correct: call only general-regs-only or no_caller_saved_registers code (Clang warns about this), with RSP 0 mod 16 at the call
; target: x86_64-unknown-linux-gnu
; subject: misaligned-call-site
; expect: x86_64-unknown-linux-gnu @ llvm=13: N/A
; expect: x86_64-unknown-linux-gnu @ llvm>=14: misaligned-call-site
; after-fix: x86_64-unknown-linux-gnu @ llvm=13: N/A
; after-fix: x86_64-unknown-linux-gnu @ llvm>=14: none
; oracle: x86_64-unknown-linux-gnu @ llvm=13: N/A
; oracle: x86_64-unknown-linux-gnu @ llvm>=14: misaligned-call-site; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=13: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm>=14: none; CR0.TS=1: no-fault
; reads: llvm>=14
; reads-bitcode: llvm>=14
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: our run (llvm=14 and llvm=20 read the text and the bitcode; older ones were not tried): clang-14 -O2 -mno-red-zone -mgeneral-regs-only -ffreestanding -fno-pic -target x86_64-unknown-linux-gnu from ir-tests/frontend/page_fault.c by produce.sh
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -relocation-model=static < %s
; ModuleID = 'page_fault.c'
source_filename = "page_fault.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.interrupt_frame = type { i64, i64, i64, i64, i64 }

@llvm.compiler.used = appending global [1 x i8*] [i8* bitcast (void (%struct.interrupt_frame*, i64)* @page_fault to i8*)], section "llvm.metadata"

; Function Attrs: noredzone nounwind
define dso_local x86_intrcc void @page_fault(%struct.interrupt_frame* nocapture noundef readnone byval(%struct.interrupt_frame) %0, i64 noundef %1) #0 {
  %3 = call i64 asm sideeffect "mov %cr2, $0", "=r,~{dirflag},~{fpsr},~{flags}"() #2, !srcloc !2
  call void @log_page_fault(i64 noundef %3, i64 noundef %1) #3
  ret void
}

; Function Attrs: noredzone
declare dso_local void @log_page_fault(i64 noundef, i64 noundef) local_unnamed_addr #1

attributes #0 = { noredzone nounwind "disable-tail-calls"="true" "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,-3dnow,-3dnowa,-aes,-avx,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512er,-avx512f,-avx512fp16,-avx512ifma,-avx512pf,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxvnni,-f16c,-fma,-fma4,-gfni,-kl,-mmx,-pclmul,-sha,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-x87,-xop" "tune-cpu"="generic" }
attributes #1 = { noredzone "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,-3dnow,-3dnowa,-aes,-avx,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512er,-avx512f,-avx512fp16,-avx512ifma,-avx512pf,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxvnni,-f16c,-fma,-fma4,-gfni,-kl,-mmx,-pclmul,-sha,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-x87,-xop" "tune-cpu"="generic" }
attributes #2 = { nounwind }
attributes #3 = { nobuiltin noredzone nounwind "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 14.0.6"}
!2 = !{i64 428}
