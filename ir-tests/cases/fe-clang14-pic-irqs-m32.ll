; id: fe-clang14-pic-irqs-m32
; title: Clang 14, -m32: the PIC IRQ handlers (port I/O in/out/rep insw, 8259 EOI) as a 32-bit kernel builds them
; wrong: nothing, if the handlers are judged right
; correct: registers saved and restored, cld before rep insw, iretl
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
; source: clang-14 -O2 -m32 -ffreestanding -fno-pic from ir-tests/frontend/pic_irqs.c by produce.sh; pattern of pepsipu/xinOS-old
; RUN: llc -mtriple=i386-pc-linux-gnu -O2 -relocation-model=static < %s
; ModuleID = 'pic_irqs.c'
source_filename = "pic_irqs.c"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-pc-linux-gnu"

%struct.interrupt_frame = type { i32, i32, i32, i32, i32 }

@ticks = dso_local global i32 0, align 4
@key_ring = dso_local local_unnamed_addr global [64 x i8] zeroinitializer, align 1
@key_head = dso_local global i32 0, align 4
@serial_ring = dso_local local_unnamed_addr global [256 x i8] zeroinitializer, align 1
@serial_head = dso_local global i32 0, align 4
@ata_sector = dso_local global [256 x i16] zeroinitializer, align 2
@llvm.compiler.used = appending global [4 x i8*] [i8* bitcast (void (%struct.interrupt_frame*)* @ata_primary to i8*), i8* bitcast (void (%struct.interrupt_frame*)* @com1_rx to i8*), i8* bitcast (void (%struct.interrupt_frame*)* @pit_tick to i8*), i8* bitcast (void (%struct.interrupt_frame*)* @ps2_key to i8*)], section "llvm.metadata"

; Function Attrs: nounwind
define dso_local x86_intrcc void @pit_tick(%struct.interrupt_frame* nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  %2 = load volatile i32, i32* @ticks, align 4, !tbaa !3
  %3 = add i32 %2, 1
  store volatile i32 %3, i32* @ticks, align 4, !tbaa !3
  call void asm sideeffect "outb $0, $1", "{ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i8 32, i16 32) #1, !srcloc !7
  ret void
}

; Function Attrs: nounwind
define dso_local x86_intrcc void @ps2_key(%struct.interrupt_frame* nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  %2 = call i8 asm sideeffect "inb $1, $0", "={ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i16 96) #1, !srcloc !8
  %3 = load volatile i32, i32* @key_head, align 4, !tbaa !9
  %4 = and i32 %3, 63
  %5 = getelementptr inbounds [64 x i8], [64 x i8]* @key_ring, i32 0, i32 %4
  store i8 %2, i8* %5, align 1, !tbaa !11
  %6 = load volatile i32, i32* @key_head, align 4, !tbaa !9
  %7 = add i32 %6, 1
  store volatile i32 %7, i32* @key_head, align 4, !tbaa !9
  call void asm sideeffect "outb $0, $1", "{ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i8 32, i16 32) #1, !srcloc !7
  ret void
}

; Function Attrs: nounwind
define dso_local x86_intrcc void @com1_rx(%struct.interrupt_frame* nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  br label %2

2:                                                ; preds = %1, %8
  %3 = phi i32 [ 0, %1 ], [ %14, %8 ]
  %4 = call i8 asm sideeffect "inb $1, $0", "={ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i16 1021) #1, !srcloc !8
  %5 = and i8 %4, 1
  %6 = icmp eq i8 %5, 0
  br i1 %6, label %7, label %8

7:                                                ; preds = %8, %2
  call void asm sideeffect "outb $0, $1", "{ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i8 32, i16 32) #1, !srcloc !7
  ret void

8:                                                ; preds = %2
  %9 = call i8 asm sideeffect "inb $1, $0", "={ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i16 1016) #1, !srcloc !8
  %10 = load volatile i32, i32* @serial_head, align 4, !tbaa !9
  %11 = add i32 %10, 1
  store volatile i32 %11, i32* @serial_head, align 4, !tbaa !9
  %12 = and i32 %10, 255
  %13 = getelementptr inbounds [256 x i8], [256 x i8]* @serial_ring, i32 0, i32 %12
  store i8 %9, i8* %13, align 1, !tbaa !11
  %14 = add nuw nsw i32 %3, 1
  %15 = icmp eq i32 %14, 16
  br i1 %15, label %7, label %2, !llvm.loop !12
}

; Function Attrs: nounwind
define dso_local x86_intrcc void @ata_primary(%struct.interrupt_frame* nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  %2 = call { i8*, i32 } asm sideeffect "rep insw", "={di},={cx},{dx},0,1,~{memory},~{dirflag},~{fpsr},~{flags}"(i16 496, i8* bitcast ([256 x i16]* @ata_sector to i8*), i32 256) #1, !srcloc !14
  call void asm sideeffect "outb $0, $1", "{ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i8 32, i16 160) #1, !srcloc !7
  call void asm sideeffect "outb $0, $1", "{ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i8 32, i16 32) #1, !srcloc !7
  ret void
}

attributes #0 = { nounwind "disable-tail-calls"="true" "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 1, !"NumRegisterParameters", i32 0}
!1 = !{i32 1, !"wchar_size", i32 4}
!2 = !{!"Debian clang version 14.0.6"}
!3 = !{!4, !4, i64 0}
!4 = !{!"long", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{i64 13494}
!8 = !{i64 13641}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !5, i64 0}
!11 = !{!5, !5, i64 0}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
!14 = !{i64 1450}
