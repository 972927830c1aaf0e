; id: fe-clang19-segments-m32-O0
; title: Clang 19, -m32 -O0: the segment-reloading handlers as a debug build compiles them
; wrong: gp_fault_reload returns with the interrupted code's data segment registers replaced
; correct: restore the selectors before iret
; target: i386-pc-linux-gnu -O0
; subject: none
; expect: i386-pc-linux-gnu -O0 @ llvm=13: N/A
; expect: i386-pc-linux-gnu -O0 @ llvm>=14: segment-clobbered
; after-fix: i386-pc-linux-gnu -O0 @ llvm=13: N/A
; after-fix: i386-pc-linux-gnu -O0 @ llvm>=14: segment-clobbered
; oracle: i386-pc-linux-gnu -O0 @ llvm=13: N/A
; oracle: i386-pc-linux-gnu -O0 @ llvm>=14: segment-clobbered; CR0.TS=1: no-fault
; oracle-after-fix: i386-pc-linux-gnu -O0 @ llvm=13: N/A
; oracle-after-fix: i386-pc-linux-gnu -O0 @ llvm>=14: segment-clobbered; CR0.TS=1: no-fault
; reads: llvm>=14
; reads-bitcode: llvm>=15
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: clang-19 -O0 -m32 -ffreestanding -fno-pic from ir-tests/frontend/segments.c by produce.sh; ngiddings/quark-kernel builds -O0
; RUN: llc -mtriple=i386-pc-linux-gnu -O0 -relocation-model=static < %s
; ModuleID = 'segments.c'
source_filename = "segments.c"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-pc-linux-gnu"

%struct.interrupt_frame = type { i32, i32, i32, i32, i32 }

@last_gp_error = dso_local global i32 0, align 4
@irq7_spurious = dso_local global i32 0, align 4
@llvm.compiler.used = appending global [3 x ptr] [ptr @gp_fault_reload, ptr @gp_fault_saved, ptr @spurious_pushpop], section "llvm.metadata"

; Function Attrs: noinline nounwind optnone
define dso_local x86_intrcc void @gp_fault_reload(ptr noundef byval(%struct.interrupt_frame) %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 4
  call void asm sideeffect "mov $$0x10, %ax\0A\09mov %ax, %ds\0A\09mov %ax, %es\0A\09mov %ax, %fs\0A\09mov %ax, %gs", "~{ax},~{dirflag},~{fpsr},~{flags}"() #1, !srcloc !4
  %6 = load i32, ptr %4, align 4
  store i32 %6, ptr @last_gp_error, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone
define dso_local x86_intrcc void @gp_fault_saved(ptr noundef byval(%struct.interrupt_frame) %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  %5 = alloca i16, align 2
  %6 = alloca i16, align 2
  store ptr %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %7 = load ptr, ptr %3, align 4
  %8 = call { i16, i16 } asm sideeffect "mov %ds, $0\0A\09mov %es, $1", "=r,=r,~{dirflag},~{fpsr},~{flags}"() #1, !srcloc !5
  %9 = extractvalue { i16, i16 } %8, 0
  %10 = extractvalue { i16, i16 } %8, 1
  store i16 %9, ptr %5, align 2
  store i16 %10, ptr %6, align 2
  call void asm sideeffect "mov $0, %ds\0A\09mov $0, %es", "r,~{dirflag},~{fpsr},~{flags}"(i16 16) #1, !srcloc !6
  %11 = load i32, ptr %4, align 4
  store i32 %11, ptr @last_gp_error, align 4
  %12 = load i16, ptr %6, align 2
  %13 = load i16, ptr %5, align 2
  call void asm sideeffect "mov $0, %es\0A\09mov $1, %ds", "r,r,~{dirflag},~{fpsr},~{flags}"(i16 %12, i16 %13) #1, !srcloc !7
  ret void
}

; Function Attrs: noinline nounwind optnone
define dso_local x86_intrcc void @spurious_pushpop(ptr noundef byval(%struct.interrupt_frame) %0) #0 {
  %2 = alloca ptr, align 4
  store ptr %0, ptr %2, align 4
  %3 = load ptr, ptr %2, align 4
  call void asm sideeffect "push %ds\0A\09mov $$0x10, %ax\0A\09mov %ax, %ds\0A\09incl $0\0A\09pop %ds", "=*m,*m,~{ax},~{dirflag},~{fpsr},~{flags}"(ptr elementtype(i32) @irq7_spurious, ptr elementtype(i32) @irq7_spurious) #1, !srcloc !8
  ret void
}

attributes #0 = { noinline nounwind optnone "disable-tail-calls"="true" "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cmov,+cx8,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 1, !"NumRegisterParameters", i32 0}
!1 = !{i32 1, !"wchar_size", i32 4}
!2 = !{i32 7, !"frame-pointer", i32 2}
!3 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!4 = !{i64 522, i64 540, i64 558, i64 576, i64 594}
!5 = !{i64 941, i64 956}
!6 = !{i64 1016, i64 1031}
!7 = !{i64 1127, i64 1142}
!8 = !{i64 1371, i64 1383, i64 1402, i64 1420, i64 1431}
