; id: fe-clang14-spinlock-m32-gro
; title: Clang 14, -m32 -mgeneral-regs-only: the spinlock and atomics handlers, where the 64-bit tick counter needs cmpxchg8b
; wrong: nothing, if the handlers are judged right
; correct: cmpxchg8b writes EDX:EAX and ZF only; the handler saves EBX/ECX/EDX it uses
; target: i386-pc-linux-gnu
; subject: none
; expect: i386-pc-linux-gnu @ llvm=13: N/A
; expect: i386-pc-linux-gnu @ llvm>=14: none
; after-fix: i386-pc-linux-gnu @ llvm=13: N/A
; after-fix: i386-pc-linux-gnu @ llvm>=14: none
; oracle: i386-pc-linux-gnu @ llvm=13: N/A
; oracle: i386-pc-linux-gnu @ llvm>=14: none; CR0.TS=1: no-fault
; oracle-after-fix: i386-pc-linux-gnu @ llvm=13: N/A
; oracle-after-fix: i386-pc-linux-gnu @ llvm>=14: none; CR0.TS=1: no-fault
; reads: llvm>=14
; reads-bitcode: llvm>=14
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: clang-14 -O2 -m32 -mgeneral-regs-only -ffreestanding -fno-pic from ir-tests/frontend/spinlock_irqs.c by produce.sh
; RUN: llc -mtriple=i386-pc-linux-gnu -O2 -relocation-model=static < %s
; ModuleID = 'spinlock_irqs.c'
source_filename = "spinlock_irqs.c"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-pc-linux-gnu"

%struct.spinlock_t = type { i32 }
%struct.interrupt_frame = type { i32, i32, i32, i32, i32 }

@irq_seen = dso_local global i32 0, align 4
@kbd_lock = dso_local global %struct.spinlock_t zeroinitializer, align 4
@kbd_len = dso_local local_unnamed_addr global i32 0, align 4
@kbd_buf = dso_local local_unnamed_addr global [128 x i8] zeroinitializer, align 1
@jiffies = dso_local global i64 0, align 8
@wakeup_seq = dso_local global i32 0, align 4
@last_seq = dso_local local_unnamed_addr global i32 0, align 4
@llvm.compiler.used = appending global [2 x i8*] [i8* bitcast (void (%struct.interrupt_frame*)* @apic_timer to i8*), i8* bitcast (void (%struct.interrupt_frame*)* @kbd_locked to i8*)], section "llvm.metadata"

; Function Attrs: nounwind
define dso_local x86_intrcc void @kbd_locked(%struct.interrupt_frame* nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  %2 = call i8 asm sideeffect "inb $1, $0", "={ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i16 96) #1, !srcloc !3
  %3 = atomicrmw add i32* @irq_seen, i32 1 monotonic, align 4
  %4 = atomicrmw volatile xchg i32* getelementptr inbounds (%struct.spinlock_t, %struct.spinlock_t* @kbd_lock, i32 0, i32 0), i32 1 acquire, align 4
  %5 = icmp eq i32 %4, 0
  br i1 %5, label %15, label %9

6:                                                ; preds = %12, %9
  %7 = atomicrmw volatile xchg i32* getelementptr inbounds (%struct.spinlock_t, %struct.spinlock_t* @kbd_lock, i32 0, i32 0), i32 1 acquire, align 4
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %15, label %9, !llvm.loop !4

9:                                                ; preds = %1, %6
  %10 = load volatile i32, i32* getelementptr inbounds (%struct.spinlock_t, %struct.spinlock_t* @kbd_lock, i32 0, i32 0), align 4, !tbaa !6
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %6, label %12

12:                                               ; preds = %9, %12
  call void @llvm.x86.sse2.pause() #1
  %13 = load volatile i32, i32* getelementptr inbounds (%struct.spinlock_t, %struct.spinlock_t* @kbd_lock, i32 0, i32 0), align 4, !tbaa !6
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %6, label %12, !llvm.loop !11

15:                                               ; preds = %6, %1
  %16 = load i32, i32* @kbd_len, align 4, !tbaa !12
  %17 = icmp ult i32 %16, 128
  br i1 %17, label %18, label %21

18:                                               ; preds = %15
  %19 = add nuw nsw i32 %16, 1
  store i32 %19, i32* @kbd_len, align 4, !tbaa !12
  %20 = getelementptr inbounds [128 x i8], [128 x i8]* @kbd_buf, i32 0, i32 %16
  store i8 %2, i8* %20, align 1, !tbaa !13
  br label %21

21:                                               ; preds = %18, %15
  store atomic volatile i32 0, i32* getelementptr inbounds (%struct.spinlock_t, %struct.spinlock_t* @kbd_lock, i32 0, i32 0) release, align 4
  call void asm sideeffect "outb $0, $1", "{ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i8 32, i16 32) #1, !srcloc !14
  ret void
}

; Function Attrs: nounwind
define dso_local x86_intrcc void @apic_timer(%struct.interrupt_frame* nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  %2 = load atomic i64, i64* @jiffies monotonic, align 8
  %3 = add i64 %2, 1
  %4 = cmpxchg weak i64* @jiffies, i64 %2, i64 %3 seq_cst monotonic, align 8
  %5 = extractvalue { i64, i1 } %4, 1
  br i1 %5, label %12, label %6

6:                                                ; preds = %1, %6
  %7 = phi { i64, i1 } [ %10, %6 ], [ %4, %1 ]
  %8 = extractvalue { i64, i1 } %7, 0
  call void @llvm.x86.sse2.pause()
  %9 = add i64 %8, 1
  %10 = cmpxchg weak i64* @jiffies, i64 %8, i64 %9 seq_cst monotonic, align 8
  %11 = extractvalue { i64, i1 } %10, 1
  br i1 %11, label %12, label %6, !llvm.loop !15

12:                                               ; preds = %6, %1
  %13 = atomicrmw add i32* @wakeup_seq, i32 1 acq_rel, align 4
  store i32 %13, i32* @last_seq, align 4, !tbaa !16
  fence seq_cst
  call void asm sideeffect "wrmsr", "{cx},{ax},{dx},~{dirflag},~{fpsr},~{flags}"(i32 2059, i32 0, i32 0) #1, !srcloc !18
  ret void
}

; Function Attrs: nounwind
declare void @llvm.x86.sse2.pause() #1

attributes #0 = { nounwind "disable-tail-calls"="true" "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,-3dnow,-3dnowa,-aes,-avx,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512er,-avx512f,-avx512fp16,-avx512ifma,-avx512pf,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxvnni,-f16c,-fma,-fma4,-gfni,-kl,-mmx,-pclmul,-sha,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-x87,-xop" "tune-cpu"="generic" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 1, !"NumRegisterParameters", i32 0}
!1 = !{i32 1, !"wchar_size", i32 4}
!2 = !{!"Debian clang version 14.0.6"}
!3 = !{i64 13999}
!4 = distinct !{!4, !5}
!5 = !{!"llvm.loop.mustprogress"}
!6 = !{!7, !8, i64 0}
!7 = !{!"", !8, i64 0}
!8 = !{!"int", !9, i64 0}
!9 = !{!"omnipotent char", !10, i64 0}
!10 = !{!"Simple C/C++ TBAA"}
!11 = distinct !{!11, !5}
!12 = !{!8, !8, i64 0}
!13 = !{!9, !9, i64 0}
!14 = !{i64 13852}
!15 = distinct !{!15, !5}
!16 = !{!17, !17, i64 0}
!17 = !{!"long", !9, i64 0}
!18 = !{i64 765}
