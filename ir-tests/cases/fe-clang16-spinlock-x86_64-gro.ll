; id: fe-clang16-spinlock-x86_64-gro
; title: Clang 16, x86-64 -mgeneral-regs-only: IRQ handlers with a spinlock (xchg, pause), lock-prefixed counters, a cmpxchg loop, mfence and the x2APIC EOI by wrmsr
; wrong: nothing, if the handlers are judged right
; correct: locked instructions, pause, mfence and wrmsr change only what they name (memory, flags, RAX for cmpxchg/xadd)
; target: x86_64-unknown-linux-gnu
; subject: none
; expect: x86_64-unknown-linux-gnu @ llvm=13: N/A
; expect: x86_64-unknown-linux-gnu @ llvm>=14: none
; after-fix: x86_64-unknown-linux-gnu @ llvm=13: N/A
; after-fix: x86_64-unknown-linux-gnu @ llvm>=14: none
; oracle: x86_64-unknown-linux-gnu @ llvm=13: N/A
; oracle: x86_64-unknown-linux-gnu @ llvm>=14: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm=13: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm>=14: none; CR0.TS=1: no-fault
; reads: llvm>=14
; reads-bitcode: llvm>=15
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: clang-16 -O2 -mno-red-zone -mgeneral-regs-only -ffreestanding -fno-pic -target x86_64-unknown-linux-gnu from ir-tests/frontend/spinlock_irqs.c by produce.sh; pattern of youngbe/myos_io (keyboard_isr) and the spin crate
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -relocation-model=static < %s
; ModuleID = 'spinlock_irqs.c'
source_filename = "spinlock_irqs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.spinlock_t = type { i32 }
%struct.interrupt_frame = type { i64, i64, i64, i64, i64 }

@irq_seen = dso_local global i64 0, align 8
@kbd_lock = dso_local global %struct.spinlock_t zeroinitializer, align 4
@kbd_len = dso_local local_unnamed_addr global i32 0, align 4
@kbd_buf = dso_local local_unnamed_addr global [128 x i8] zeroinitializer, align 16
@jiffies = dso_local global i64 0, align 8
@wakeup_seq = dso_local global i64 0, align 8
@last_seq = dso_local local_unnamed_addr global i64 0, align 8
@llvm.compiler.used = appending global [2 x ptr] [ptr @apic_timer, ptr @kbd_locked], section "llvm.metadata"

; Function Attrs: noredzone nounwind
define dso_local x86_intrcc void @kbd_locked(ptr nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  %2 = call i8 asm sideeffect "inb $1, $0", "={ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i16 96) #1, !srcloc !2
  %3 = atomicrmw add ptr @irq_seen, i64 1 monotonic, align 8
  %4 = atomicrmw volatile xchg ptr @kbd_lock, i32 1 acquire, align 4
  %5 = icmp eq i32 %4, 0
  br i1 %5, label %15, label %9

6:                                                ; preds = %12, %9
  %7 = atomicrmw volatile xchg ptr @kbd_lock, i32 1 acquire, align 4
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %15, label %9, !llvm.loop !3

9:                                                ; preds = %1, %6
  %10 = load volatile i32, ptr @kbd_lock, align 4, !tbaa !5
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %6, label %12

12:                                               ; preds = %9, %12
  call void @llvm.x86.sse2.pause()
  %13 = load volatile i32, ptr @kbd_lock, align 4, !tbaa !5
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %6, label %12, !llvm.loop !10

15:                                               ; preds = %6, %1
  %16 = load i32, ptr @kbd_len, align 4, !tbaa !11
  %17 = icmp ult i32 %16, 128
  br i1 %17, label %18, label %22

18:                                               ; preds = %15
  %19 = zext i32 %16 to i64
  %20 = add nuw nsw i32 %16, 1
  store i32 %20, ptr @kbd_len, align 4, !tbaa !11
  %21 = getelementptr inbounds [128 x i8], ptr @kbd_buf, i64 0, i64 %19
  store i8 %2, ptr %21, align 1, !tbaa !12
  br label %22

22:                                               ; preds = %18, %15
  store atomic volatile i32 0, ptr @kbd_lock release, align 4
  call void asm sideeffect "outb $0, $1", "{ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i8 32, i16 32) #1, !srcloc !13
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local x86_intrcc void @apic_timer(ptr nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  %2 = load atomic i64, ptr @jiffies monotonic, align 8
  %3 = add i64 %2, 1
  %4 = cmpxchg weak ptr @jiffies, i64 %2, i64 %3 seq_cst monotonic, align 8
  %5 = extractvalue { i64, i1 } %4, 1
  br i1 %5, label %12, label %6

6:                                                ; preds = %1, %6
  %7 = phi { i64, i1 } [ %10, %6 ], [ %4, %1 ]
  %8 = extractvalue { i64, i1 } %7, 0
  call void @llvm.x86.sse2.pause()
  %9 = add i64 %8, 1
  %10 = cmpxchg weak ptr @jiffies, i64 %8, i64 %9 seq_cst monotonic, align 8
  %11 = extractvalue { i64, i1 } %10, 1
  br i1 %11, label %12, label %6, !llvm.loop !14

12:                                               ; preds = %6, %1
  %13 = atomicrmw add ptr @wakeup_seq, i64 1 acq_rel, align 8
  store i64 %13, ptr @last_seq, align 8, !tbaa !15
  fence seq_cst
  call void asm sideeffect "wrmsr", "{cx},{ax},{dx},~{dirflag},~{fpsr},~{flags}"(i32 2059, i32 0, i32 0) #1, !srcloc !17
  ret void
}

; Function Attrs: nounwind
declare void @llvm.x86.sse2.pause() #1

attributes #0 = { noredzone nounwind "disable-tail-calls"="true" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,-3dnow,-3dnowa,-aes,-avx,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512er,-avx512f,-avx512fp16,-avx512ifma,-avx512pf,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint8,-f16c,-fma,-fma4,-gfni,-kl,-mmx,-pclmul,-sha,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-x87,-xop" "tune-cpu"="generic" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!2 = !{i64 13970}
!3 = distinct !{!3, !4}
!4 = !{!"llvm.loop.mustprogress"}
!5 = !{!6, !7, i64 0}
!6 = !{!"", !7, i64 0}
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = distinct !{!10, !4}
!11 = !{!7, !7, i64 0}
!12 = !{!8, !8, i64 0}
!13 = !{i64 13823}
!14 = distinct !{!14, !4}
!15 = !{!16, !16, i64 0}
!16 = !{!"long", !8, i64 0}
!17 = !{i64 765}
