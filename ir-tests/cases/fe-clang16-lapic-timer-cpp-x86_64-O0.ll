; id: fe-clang16-lapic-timer-cpp-x86_64-O0
; title: Clang++ 16, x86-64 -O0: a C++ kernel's local-APIC timer handler calling a member function and a no_caller_saved_registers EOI helper (MMIO store)
; wrong: the handler calls Timer::increment_tick, an ordinary in-module function, at -O0
; correct: in-module callees judged by their bodies (no FP code), the EOI helper by its no_caller_saved_registers attribute
; target: x86_64-unknown-linux-gnu -O0
; subject: none
; expect: x86_64-unknown-linux-gnu -O0 @ llvm=13: N/A
; expect: x86_64-unknown-linux-gnu -O0 @ llvm>=14: none
; after-fix: x86_64-unknown-linux-gnu -O0 @ llvm=13: N/A
; after-fix: x86_64-unknown-linux-gnu -O0 @ llvm>=14: none
; oracle: x86_64-unknown-linux-gnu -O0 @ llvm=13: N/A
; oracle: x86_64-unknown-linux-gnu -O0 @ llvm>=14: handler-fault; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-linux-gnu -O0 @ llvm=13: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu -O0 @ llvm>=14: handler-fault; CR0.TS=1: #NM
; reads: llvm>=14
; reads-bitcode: llvm>=15
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: clang++-16 -O0 -mno-red-zone -fno-exceptions -fno-rtti -ffreestanding -fno-pic -target x86_64-unknown-linux-gnu from ir-tests/frontend/lapic_timer.cpp by produce.sh; pattern of junyaU/uchos (kernel/interrupt/handlers.cpp)
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O0 -relocation-model=static < %s
; ModuleID = 'lapic_timer.cpp'
source_filename = "lapic_timer.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%class.Timer = type { i64, i64 }
%struct.InterruptFrame = type { i64, i64, i64, i64, i64 }

$_ZN5Timer14increment_tickEv = comdat any

@kernel_timer = dso_local global %class.Timer { i64 0, i64 20 }, align 8
@switch_pending = dso_local global i8 0, align 1
@llvm.compiler.used = appending global [1 x ptr] [ptr @_Z14on_lapic_timerP14InterruptFrame], section "llvm.metadata"

; Function Attrs: mustprogress noinline noredzone nounwind optnone
define dso_local x86_intrcc void @_Z14on_lapic_timerP14InterruptFrame(ptr noundef byval(%struct.InterruptFrame) %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = call noundef zeroext i1 @_ZN5Timer14increment_tickEv(ptr noundef nonnull align 8 dereferenceable(16) @kernel_timer) #3
  br i1 %3, label %4, label %5

4:                                                ; preds = %1
  store volatile i8 1, ptr @switch_pending, align 1
  br label %5

5:                                                ; preds = %4, %1
  call void @_ZN12_GLOBAL__N_123notify_end_of_interruptEv() #4
  ret void
}

; Function Attrs: mustprogress noinline noredzone nounwind optnone
define linkonce_odr dso_local noundef zeroext i1 @_ZN5Timer14increment_tickEv(ptr noundef nonnull align 8 dereferenceable(16) %0) #1 comdat align 2 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds %class.Timer, ptr %3, i32 0, i32 0
  %5 = load i64, ptr %4, align 8
  %6 = add i64 %5, 1
  store i64 %6, ptr %4, align 8
  %7 = getelementptr inbounds %class.Timer, ptr %3, i32 0, i32 0
  %8 = load i64, ptr %7, align 8
  %9 = getelementptr inbounds %class.Timer, ptr %3, i32 0, i32 1
  %10 = load i64, ptr %9, align 8
  %11 = urem i64 %8, %10
  %12 = icmp eq i64 %11, 0
  ret i1 %12
}

; Function Attrs: mustprogress noinline noredzone nounwind optnone
define internal void @_ZN12_GLOBAL__N_123notify_end_of_interruptEv() #2 {
  %1 = alloca ptr, align 8
  store volatile ptr inttoptr (i64 4276093104 to ptr), ptr %1, align 8
  %2 = load volatile ptr, ptr %1, align 8
  store volatile i32 0, ptr %2, align 4
  ret void
}

attributes #0 = { mustprogress noinline noredzone nounwind optnone "disable-tail-calls"="true" "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress noinline noredzone nounwind optnone "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress noinline noredzone nounwind optnone "frame-pointer"="all" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "no_caller_saved_registers" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nobuiltin noredzone "no-builtins" }
attributes #4 = { nobuiltin noredzone "no-builtins" "no_caller_saved_registers" }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"frame-pointer", i32 2}
!2 = !{!"Debian clang version 16.0.6 (15~deb12u1)"}
