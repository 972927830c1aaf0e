; id: fe-clang14-page-fault-m32
; title: Clang 14, -m32: a page fault handler that reads CR2 and logs the address and error code
; upstream: llvm/llvm-project#26851, llvm/llvm-project#26785
; wrong: the call to the logger runs with ESP 4-aligned on LLVM 14 (no realignment) and lets the callee change x87 state that nobody saves; Clang itself warns that an ISR should only call no_caller_saved_registers functions
; correct: realign before the call (LLVM >= 17 does), and save the FP state around it or call only general-regs-only code
; target: i386-pc-linux-gnu
; subject: misaligned-call-site
; expect: i386-pc-linux-gnu @ llvm=13: N/A
; expect: i386-pc-linux-gnu @ llvm14-16: misaligned-call-site mmx-state-clobbered x87-state-clobbered
; expect: i386-pc-linux-gnu @ llvm>=17: mmx-state-clobbered x87-state-clobbered
; after-fix: i386-pc-linux-gnu @ llvm=13: N/A
; after-fix: i386-pc-linux-gnu @ llvm>=14: none
; oracle: i386-pc-linux-gnu @ llvm=13: N/A
; oracle: i386-pc-linux-gnu @ llvm14-16: misaligned-call-site mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i386-pc-linux-gnu @ llvm>=17: mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: i386-pc-linux-gnu @ llvm=13: N/A
; oracle-after-fix: i386-pc-linux-gnu @ llvm>=14: none; CR0.TS=1: #NM
; reads: llvm>=14
; reads-bitcode: llvm>=14
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: our run (llvm=14 and llvm=20 read the text and the bitcode; older ones were not tried): clang-14 -O2 -m32 -ffreestanding -fno-pic from ir-tests/frontend/page_fault.c by produce.sh; llvm=14 judged on Debian llc 14.0.6 output, llvm=20 on the embedded LLVM
; RUN: llc -mtriple=i386-pc-linux-gnu -O2 -relocation-model=static < %s
; ModuleID = 'page_fault.c'
source_filename = "page_fault.c"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-pc-linux-gnu"

%struct.interrupt_frame = type { i32, i32, i32, i32, i32 }

@llvm.compiler.used = appending global [1 x i8*] [i8* bitcast (void (%struct.interrupt_frame*, i32)* @page_fault to i8*)], section "llvm.metadata"

; Function Attrs: nounwind
define dso_local x86_intrcc void @page_fault(%struct.interrupt_frame* nocapture noundef readnone byval(%struct.interrupt_frame) %0, i32 noundef %1) #0 {
  %3 = call i32 asm sideeffect "mov %cr2, $0", "=r,~{dirflag},~{fpsr},~{flags}"() #2, !srcloc !3
  call void @log_page_fault(i32 noundef %3, i32 noundef %1) #3
  ret void
}

declare dso_local void @log_page_fault(i32 noundef, i32 noundef) local_unnamed_addr #1

attributes #0 = { nounwind "disable-tail-calls"="true" "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind }
attributes #3 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 1, !"NumRegisterParameters", i32 0}
!1 = !{i32 1, !"wchar_size", i32 4}
!2 = !{!"Debian clang version 14.0.6"}
!3 = !{i64 428}
