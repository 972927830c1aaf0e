; id: fe-clang16-pic-irqs-x86_64-O0
; title: Clang 16, x86-64 -O0 (a debug kernel): the PIC IRQ handlers, with inb/outb left as calls to functions in the module
; wrong: the handlers call ordinary (ABI) functions of the module: whether they clobber vector or x87 state is for their bodies to say, not a global model
; correct: the in-module helpers touch no FP state, so a handler that saves the GPRs they clobber is correct
; target: x86_64-unknown-linux-gnu -O0
; subject: none
; expect: x86_64-unknown-linux-gnu -O0 @ llvm=13: N/A
; expect: x86_64-unknown-linux-gnu -O0 @ llvm>=14: none
; after-fix: x86_64-unknown-linux-gnu -O0 @ llvm=13: N/A
; after-fix: x86_64-unknown-linux-gnu -O0 @ llvm>=14: none
; oracle: x86_64-unknown-linux-gnu -O0 @ llvm=13: N/A
; oracle: x86_64-unknown-linux-gnu -O0 @ llvm>=14: none; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-linux-gnu -O0 @ llvm=13: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu -O0 @ llvm>=14: none; CR0.TS=1: #NM
; reads: llvm>=14
; reads-bitcode: llvm>=15
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: clang-16 -O0 -mno-red-zone -ffreestanding -fno-pic -target x86_64-unknown-linux-gnu from ir-tests/frontend/pic_irqs.c by produce.sh; junyaU/uchos builds its handlers -O0
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O0 -relocation-model=static < %s
; ModuleID = 'pic_irqs.c'
source_filename = "pic_irqs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.interrupt_frame = type { i64, i64, i64, i64, i64 }

@ticks = dso_local global i64 0, align 8
@key_ring = dso_local global [64 x i8] zeroinitializer, align 16
@key_head = dso_local global i32 0, align 4
@serial_ring = dso_local global [256 x i8] zeroinitializer, align 16
@serial_head = dso_local global i32 0, align 4
@ata_sector = dso_local global [256 x i16] zeroinitializer, align 16
@llvm.compiler.used = appending global [4 x ptr] [ptr @pit_tick, ptr @ps2_key, ptr @com1_rx, ptr @ata_primary], section "llvm.metadata"

; Function Attrs: noinline noredzone nounwind optnone
define dso_local x86_intrcc void @pit_tick(ptr noundef byval(%struct.interrupt_frame) %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = load volatile i64, ptr @ticks, align 8
  %5 = add i64 %4, 1
  store volatile i64 %5, ptr @ticks, align 8
  call void @pic_eoi() #2
  ret void
}

; Function Attrs: noinline noredzone nounwind optnone
define internal void @pic_eoi() #1 {
  call void @outb(i16 noundef zeroext 32, i8 noundef zeroext 32) #2
  ret void
}

; Function Attrs: noinline noredzone nounwind optnone
define dso_local x86_intrcc void @ps2_key(ptr noundef byval(%struct.interrupt_frame) %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = call zeroext i8 @inb(i16 noundef zeroext 96) #2
  %5 = load volatile i32, ptr @key_head, align 4
  %6 = urem i32 %5, 64
  %7 = zext i32 %6 to i64
  %8 = getelementptr inbounds [64 x i8], ptr @key_ring, i64 0, i64 %7
  store i8 %4, ptr %8, align 1
  %9 = load volatile i32, ptr @key_head, align 4
  %10 = add i32 %9, 1
  store volatile i32 %10, ptr @key_head, align 4
  call void @pic_eoi() #2
  ret void
}

; Function Attrs: noinline noredzone nounwind optnone
define internal zeroext i8 @inb(i16 noundef zeroext %0) #1 {
  %2 = alloca i16, align 2
  %3 = alloca i8, align 1
  store i16 %0, ptr %2, align 2
  %4 = load i16, ptr %2, align 2
  %5 = call i8 asm sideeffect "inb $1, $0", "={ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i16 %4) #3, !srcloc !3
  store i8 %5, ptr %3, align 1
  %6 = load i8, ptr %3, align 1
  ret i8 %6
}

; Function Attrs: noinline noredzone nounwind optnone
define dso_local x86_intrcc void @com1_rx(ptr noundef byval(%struct.interrupt_frame) %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  %4 = load ptr, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %5

5:                                                ; preds = %22, %1
  %6 = load i32, ptr %3, align 4
  %7 = icmp slt i32 %6, 16
  br i1 %7, label %8, label %13

8:                                                ; preds = %5
  %9 = call zeroext i8 @inb(i16 noundef zeroext 1021) #2
  %10 = zext i8 %9 to i32
  %11 = and i32 %10, 1
  %12 = icmp ne i32 %11, 0
  br label %13

13:                                               ; preds = %8, %5
  %14 = phi i1 [ false, %5 ], [ %12, %8 ]
  br i1 %14, label %15, label %25

15:                                               ; preds = %13
  %16 = call zeroext i8 @inb(i16 noundef zeroext 1016) #2
  %17 = load volatile i32, ptr @serial_head, align 4
  %18 = add i32 %17, 1
  store volatile i32 %18, ptr @serial_head, align 4
  %19 = urem i32 %17, 256
  %20 = zext i32 %19 to i64
  %21 = getelementptr inbounds [256 x i8], ptr @serial_ring, i64 0, i64 %20
  store i8 %16, ptr %21, align 1
  br label %22

22:                                               ; preds = %15
  %23 = load i32, ptr %3, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %3, align 4
  br label %5, !llvm.loop !4

25:                                               ; preds = %13
  call void @pic_eoi() #2
  ret void
}

; Function Attrs: noinline noredzone nounwind optnone
define dso_local x86_intrcc void @ata_primary(ptr noundef byval(%struct.interrupt_frame) %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %2, align 8
  store ptr @ata_sector, ptr %3, align 8
  store i64 256, ptr %4, align 8
  %5 = load ptr, ptr %2, align 8
  %6 = load ptr, ptr %3, align 8
  %7 = load i64, ptr %4, align 8
  %8 = call { ptr, i64 } asm sideeffect "rep insw", "={di},={cx},{dx},0,1,~{memory},~{dirflag},~{fpsr},~{flags}"(i16 496, ptr %6, i64 %7) #3, !srcloc !6
  %9 = extractvalue { ptr, i64 } %8, 0
  %10 = extractvalue { ptr, i64 } %8, 1
  store ptr %9, ptr %3, align 8
  store i64 %10, ptr %4, align 8
  call void @outb(i16 noundef zeroext 160, i8 noundef zeroext 32) #2
  call void @pic_eoi() #2
  ret void
}

; Function Attrs: noinline noredzone nounwind optnone
define internal void @outb(i16 noundef zeroext %0, i8 noundef zeroext %1) #1 {
  %3 = alloca i16, align 2
  %4 = alloca i8, align 1
  store i16 %0, ptr %3, align 2
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %4, align 1
  %6 = load i16, ptr %3, align 2
  call void asm sideeffect "outb $0, $1", "{ax},N{dx},~{dirflag},~{fpsr},~{flags}"(i8 %5, i16 %6) #3, !srcloc !7
  ret void
}

attributes #0 = { noinline noredzone nounwind optnone "disable-tail-calls"="true" "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noinline noredzone nounwind optnone "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nobuiltin noredzone "no-builtins" }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"frame-pointer", i32 2}
!2 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
!3 = !{i64 14195}
!4 = distinct !{!4, !5}
!5 = !{!"llvm.loop.mustprogress"}
!6 = !{i64 1450}
!7 = !{i64 14048}
