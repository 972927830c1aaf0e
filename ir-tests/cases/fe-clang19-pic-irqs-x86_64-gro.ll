; id: fe-clang19-pic-irqs-x86_64-gro
; title: Clang 19, x86-64 -mgeneral-regs-only: PIC IRQ handlers with port I/O (timer, PS/2 key, COM1 through DX, ATA rep insw) and the 8259 EOI
; wrong: nothing, if the handlers are judged right: each saves the registers it uses, clears DF before rep insw and touches no FP state
; correct: what the assembly shows: push/pop of every register used, cld before the string instruction, out to 0x20 for the EOI
; target: x86_64-unknown-linux-gnu
; subject: none
; expect: x86_64-unknown-linux-gnu @ llvm13-18: N/A
; expect: x86_64-unknown-linux-gnu @ llvm>=19: none
; after-fix: x86_64-unknown-linux-gnu @ llvm13-18: N/A
; after-fix: x86_64-unknown-linux-gnu @ llvm>=19: none
; oracle: x86_64-unknown-linux-gnu @ llvm13-18: N/A
; oracle: x86_64-unknown-linux-gnu @ llvm>=19: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm13-18: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm>=19: none; CR0.TS=1: no-fault
; reads: llvm>=19
; reads-bitcode: llvm>=19
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: clang-19 -O2 -mno-red-zone -mgeneral-regs-only -ffreestanding -fno-pic -target x86_64-unknown-linux-gnu from ir-tests/frontend/pic_irqs.c by produce.sh; patterns of pepsipu/xinOS-old and EvalynGoemer/evalynOS (docs/real-kernels.md)
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -relocation-model=static < %s
; ModuleID = 'pic_irqs.c'
source_filename = "pic_irqs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.interrupt_frame = type { i64, i64, i64, i64, i64 }

@ticks = dso_local global i64 0, align 8
@key_ring = dso_local local_unnamed_addr global [64 x i8] zeroinitializer, align 16
@key_head = dso_local global i32 0, align 4
@serial_ring = dso_local local_unnamed_addr global [256 x i8] zeroinitializer, align 16
@serial_head = dso_local global i32 0, align 4
@ata_sector = dso_local global [256 x i16] zeroinitializer, align 16
@llvm.compiler.used = appending global [4 x ptr] [ptr @ata_primary, ptr @com1_rx, ptr @pit_tick, ptr @ps2_key], section "llvm.metadata"

; Function Attrs: noredzone nounwind
define dso_local x86_intrcc void @pit_tick(ptr nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  %2 = load volatile i64, ptr @ticks, align 8, !tbaa !2
  %3 = add i64 %2, 1
  store volatile i64 %3, ptr @ticks, align 8, !tbaa !2
  call void asm sideeffect "outb $0, $1", "{ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i8 32, i16 32) #1, !srcloc !6
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local x86_intrcc void @ps2_key(ptr nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  %2 = call i8 asm sideeffect "inb $1, $0", "={ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i16 96) #1, !srcloc !7
  %3 = load volatile i32, ptr @key_head, align 4, !tbaa !8
  %4 = and i32 %3, 63
  %5 = zext nneg i32 %4 to i64
  %6 = getelementptr inbounds [64 x i8], ptr @key_ring, i64 0, i64 %5
  store i8 %2, ptr %6, align 1, !tbaa !10
  %7 = load volatile i32, ptr @key_head, align 4, !tbaa !8
  %8 = add i32 %7, 1
  store volatile i32 %8, ptr @key_head, align 4, !tbaa !8
  call void asm sideeffect "outb $0, $1", "{ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i8 32, i16 32) #1, !srcloc !6
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local x86_intrcc void @com1_rx(ptr nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  br label %2

2:                                                ; preds = %1, %8
  %3 = phi i32 [ 0, %1 ], [ %15, %8 ]
  %4 = call i8 asm sideeffect "inb $1, $0", "={ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i16 1021) #1, !srcloc !7
  %5 = and i8 %4, 1
  %6 = icmp eq i8 %5, 0
  br i1 %6, label %7, label %8

7:                                                ; preds = %8, %2
  call void asm sideeffect "outb $0, $1", "{ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i8 32, i16 32) #1, !srcloc !6
  ret void

8:                                                ; preds = %2
  %9 = call i8 asm sideeffect "inb $1, $0", "={ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i16 1016) #1, !srcloc !7
  %10 = load volatile i32, ptr @serial_head, align 4, !tbaa !8
  %11 = add i32 %10, 1
  store volatile i32 %11, ptr @serial_head, align 4, !tbaa !8
  %12 = and i32 %10, 255
  %13 = zext nneg i32 %12 to i64
  %14 = getelementptr inbounds [256 x i8], ptr @serial_ring, i64 0, i64 %13
  store i8 %9, ptr %14, align 1, !tbaa !10
  %15 = add nuw nsw i32 %3, 1
  %16 = icmp eq i32 %15, 16
  br i1 %16, label %7, label %2, !llvm.loop !11
}

; Function Attrs: noredzone nounwind
define dso_local x86_intrcc void @ata_primary(ptr nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  %2 = call { ptr, i64 } asm sideeffect "rep insw", "={di},={cx},{dx},0,1,~{memory},~{dirflag},~{fpsr},~{flags}"(i16 496, ptr nonnull @ata_sector, i64 256) #1, !srcloc !13
  call void asm sideeffect "outb $0, $1", "{ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i8 32, i16 160) #1, !srcloc !6
  call void asm sideeffect "outb $0, $1", "{ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i8 32, i16 32) #1, !srcloc !6
  ret void
}

attributes #0 = { noredzone nounwind "disable-tail-calls"="true" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,-aes,-avx,-avx10.1-256,-avx10.1-512,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-f16c,-fma,-fma4,-gfni,-kl,-mmx,-pclmul,-sha,-sha512,-sm3,-sm4,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-x87,-xop" "tune-cpu"="generic" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = !{!3, !3, i64 0}
!3 = !{!"long", !4, i64 0}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}
!6 = !{i64 18423}
!7 = !{i64 18570}
!8 = !{!9, !9, i64 0}
!9 = !{!"int", !4, i64 0}
!10 = !{!4, !4, i64 0}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{i64 1450}
