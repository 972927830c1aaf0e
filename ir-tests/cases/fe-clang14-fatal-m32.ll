; id: fe-clang14-fatal-m32
; title: Clang 14, -m32: the halting and panicking exception handlers
; wrong: the calls to log_fault and kernel_panic run with ESP 4-aligned on LLVM 14 and may clobber x87 state nobody saves
; correct: realign before calls, save FP state or call only general-regs-only code; noreturn calls end their path
; target: i386-pc-linux-gnu
; subject: none
; expect: i386-pc-linux-gnu @ llvm=13: N/A
; expect: i386-pc-linux-gnu @ llvm14-16: misaligned-call-site mmx-state-clobbered x87-state-clobbered
; expect: i386-pc-linux-gnu @ llvm>=17: mmx-state-clobbered x87-state-clobbered
; after-fix: i386-pc-linux-gnu @ llvm=13: N/A
; after-fix: i386-pc-linux-gnu @ llvm>=14: none
; oracle: i386-pc-linux-gnu @ llvm=13: N/A
; oracle: i386-pc-linux-gnu @ llvm14-16: misaligned-call-site; CR0.TS=1: no-fault
; oracle: i386-pc-linux-gnu @ llvm>=17: none; CR0.TS=1: no-fault
; oracle-after-fix: i386-pc-linux-gnu @ llvm=13: N/A
; oracle-after-fix: i386-pc-linux-gnu @ llvm>=14: none; CR0.TS=1: #NM no-fault
; reads: llvm>=14
; reads-bitcode: llvm>=14
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: clang-14 -O2 -m32 -ffreestanding -fno-pic from ir-tests/frontend/fatal.c by produce.sh
; RUN: llc -mtriple=i386-pc-linux-gnu -O2 -relocation-model=static < %s
; ModuleID = 'fatal.c'
source_filename = "fatal.c"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-pc-linux-gnu"

%struct.interrupt_frame = type { i32, i32, i32, i32, i32 }

@df_count = dso_local global i32 0, align 4
@df_code = dso_local global i32 0, align 4
@.str = private unnamed_addr constant [25 x i8] c"null pointer dereference\00", align 1
@.str.1 = private unnamed_addr constant [25 x i8] c"general protection fault\00", align 1
@breakpoints = dso_local global i32 0, align 4
@llvm.compiler.used = appending global [5 x i8*] [i8* bitcast (void (%struct.interrupt_frame*)* @breakpoint_count to i8*), i8* bitcast (void (%struct.interrupt_frame*)* @double_fault_halt to i8*), i8* bitcast (void (%struct.interrupt_frame*, i32)* @double_fault_spin to i8*), i8* bitcast (void (%struct.interrupt_frame*, i32)* @gp_fault_panic to i8*), i8* bitcast (void (%struct.interrupt_frame*, i32)* @page_fault_fatal to i8*)], section "llvm.metadata"

; Function Attrs: nounwind
define dso_local x86_intrcc void @double_fault_halt(%struct.interrupt_frame* nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  %2 = load volatile i32, i32* @df_count, align 4, !tbaa !3
  %3 = add i32 %2, 1
  store volatile i32 %3, i32* @df_count, align 4, !tbaa !3
  call void asm sideeffect "hlt", "~{dirflag},~{fpsr},~{flags}"() #5, !srcloc !7
  ret void
}

; Function Attrs: noreturn nounwind
define dso_local x86_intrcc void @double_fault_spin(%struct.interrupt_frame* nocapture noundef readnone byval(%struct.interrupt_frame) %0, i32 noundef %1) #1 {
  store volatile i32 %1, i32* @df_code, align 4, !tbaa !3
  br label %3

3:                                                ; preds = %3, %2
  call void asm sideeffect "cli\0A\09hlt", "~{dirflag},~{fpsr},~{flags}"() #5, !srcloc !8
  br label %3
}

; Function Attrs: nounwind
define dso_local x86_intrcc void @page_fault_fatal(%struct.interrupt_frame* nocapture noundef readnone byval(%struct.interrupt_frame) %0, i32 noundef %1) #0 {
  %3 = call i32 asm sideeffect "mov %cr2, $0", "=r,~{dirflag},~{fpsr},~{flags}"() #5, !srcloc !9
  %4 = icmp ult i32 %3, 4096
  br i1 %4, label %5, label %6

5:                                                ; preds = %2
  call void @kernel_panic(i8* noundef getelementptr inbounds ([25 x i8], [25 x i8]* @.str, i32 0, i32 0)) #6
  unreachable

6:                                                ; preds = %2
  call void @log_fault(i32 noundef %3, i32 noundef %1) #7
  ret void
}

; Function Attrs: noreturn
declare dso_local void @kernel_panic(i8* noundef) local_unnamed_addr #2

declare dso_local void @log_fault(i32 noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: noreturn nounwind
define dso_local x86_intrcc void @gp_fault_panic(%struct.interrupt_frame* nocapture noundef readnone byval(%struct.interrupt_frame) %0, i32 %1) #1 {
  call void @kernel_panic(i8* noundef getelementptr inbounds ([25 x i8], [25 x i8]* @.str.1, i32 0, i32 0)) #6
  unreachable
}

; Function Attrs: nofree norecurse nounwind
define dso_local x86_intrcc void @breakpoint_count(%struct.interrupt_frame* nocapture noundef readnone byval(%struct.interrupt_frame) %0) #4 {
  %2 = load volatile i32, i32* @breakpoints, align 4, !tbaa !3
  %3 = add i32 %2, 1
  store volatile i32 %3, i32* @breakpoints, align 4, !tbaa !3
  ret void
}

attributes #0 = { nounwind "disable-tail-calls"="true" "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { noreturn nounwind "disable-tail-calls"="true" "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #2 = { noreturn "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="none" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree norecurse nounwind "disable-tail-calls"="true" "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nobuiltin noreturn nounwind "no-builtins" }
attributes #7 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 1, !"NumRegisterParameters", i32 0}
!1 = !{i32 1, !"wchar_size", i32 4}
!2 = !{!"Debian clang version 14.0.6"}
!3 = !{!4, !4, i64 0}
!4 = !{!"long", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{i64 814}
!8 = !{i64 1054, i64 1060}
!9 = !{i64 1239}
