; id: fe-clang14-timer-tick-m32
; title: Clang 14's IR for the prototype GCC documents, f(struct interrupt_frame *) with the struct left incomplete
; upstream: clang/test/CodeGen/attr-x86-interrupt.c, D91840
; wrong: Clang 14 writes byval(%struct.interrupt_frame) for an incomplete (opaque) struct: the module does not verify ("Attribute 'byval' does not support unsized types!"), with Clang 14's own LLVM as with 20; clang -c does not run the verifier, so users never see it
; correct: a byval type with a size (Clang's byval(i8)-style fallback, or the complete frame struct)
; target: i386-pc-linux-gnu
; subject: none
; expect: i386-pc-linux-gnu @ llvm=13: N/A
; expect: i386-pc-linux-gnu @ llvm>=14: REJECTED
; after-fix: i386-pc-linux-gnu @ llvm=13: N/A
; after-fix: i386-pc-linux-gnu @ llvm>=14: REJECTED
; oracle: i386-pc-linux-gnu @ llvm>=13: N/A
; oracle-after-fix: i386-pc-linux-gnu @ llvm>=13: N/A
; reads: llvm>=14
; reads-bitcode: llvm>=14
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: our run (llvm=14 and llvm=20 read the text and the bitcode; older ones were not tried): clang-14 -O2 -m32 (Debian clang 14.0.6) from ir-tests/frontend/timer_tick.c by produce.sh; the verifier's refusal measured with llc 14.0.6 and the embedded LLVM 20.1.7
; RUN: llc -mtriple=i386-pc-linux-gnu -O2 -relocation-model=static < %s
; ModuleID = 'timer_tick.c'
source_filename = "timer_tick.c"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-pc-linux-gnu"

%struct.interrupt_frame = type opaque

@ticks = dso_local global i32 0, align 4
@llvm.compiler.used = appending global [1 x i8*] [i8* bitcast (void (%struct.interrupt_frame*)* @timer_tick to i8*)], section "llvm.metadata"

; Function Attrs: nofree norecurse nounwind
define dso_local x86_intrcc void @timer_tick(%struct.interrupt_frame* nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  %2 = load volatile i32, i32* @ticks, align 4, !tbaa !3
  %3 = add i32 %2, 1
  store volatile i32 %3, i32* @ticks, align 4, !tbaa !3
  ret void
}

attributes #0 = { nofree norecurse nounwind "disable-tail-calls"="true" "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 1, !"NumRegisterParameters", i32 0}
!1 = !{i32 1, !"wchar_size", i32 4}
!2 = !{!"Debian clang version 14.0.6"}
!3 = !{!4, !4, i64 0}
!4 = !{!"long", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
