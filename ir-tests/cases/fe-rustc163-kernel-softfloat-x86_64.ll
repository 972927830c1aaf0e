; id: fe-rustc163-kernel-softfloat-x86_64
; title: rustc 1.63 (LLVM 14), a Rust kernel's settings (-mmx,-sse,+soft-float, no red zone, panic=abort): timer, keyboard (spinlock), breakpoint, page fault (hlt loop), double fault (-> !)
; wrong: breakpoint and page_fault call extern "C" loggers; page_fault and double_fault never return
; correct: the soft-float module clobbers no FP state; the loops and the noreturn panic end their paths without an iret
; target: x86_64-unknown-linux-gnu
; subject: none
; expect: x86_64-unknown-linux-gnu @ llvm=13: N/A
; expect: x86_64-unknown-linux-gnu @ llvm>=14: misaligned-call-site
; after-fix: x86_64-unknown-linux-gnu @ llvm=13: N/A
; after-fix: x86_64-unknown-linux-gnu @ llvm=14: REJECTED
; after-fix: x86_64-unknown-linux-gnu @ llvm>=15: none
; oracle: x86_64-unknown-linux-gnu @ llvm=13: N/A
; oracle: x86_64-unknown-linux-gnu @ llvm>=14: misaligned-call-site; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm13-14: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm>=15: none; CR0.TS=1: no-fault
; reads: llvm>=14
; reads-bitcode: llvm>=14
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: RUSTC_BOOTSTRAP=1 /usr/bin/rustc (Debian 1.63) --crate-type=lib -C opt-level=2 -C panic=abort -C no-redzone=yes -C relocation-model=static -C target-feature=-mmx,-sse,+soft-float from ir-tests/frontend/kernel.rs by produce.sh; patterns of phil-opp/blog_os, samyosm/osmium, ComicalCache/rOSt
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -relocation-model=static < %s
; ModuleID = 'kernel.4810515d-cgu.0'
source_filename = "kernel.4810515d-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%InterruptStackFrame = type { i64, i64, i64, i64, i64 }
%"core::fmt::Arguments" = type { { [0 x { [0 x i8]*, i64 }]*, i64 }, { i64*, i64 }, { [0 x { i8*, i64* }]*, i64 } }
%"core::panic::location::Location" = type { { [0 x i8]*, i64 }, i32, i32 }
%"core::panic::panic_info::PanicInfo" = type { { {}*, [3 x i64]* }, i64*, %"core::panic::location::Location"*, i8, [7 x i8] }

@alloc73 = private unnamed_addr constant <{}> zeroinitializer, align 8
@_ZN6kernel5TICKS17hd0ac2eb896d5fdb6E = internal global <{ [8 x i8] }> zeroinitializer, align 8
@_ZN6kernel8KEY_LOCK17hcdd113eb5af4b733E = internal global <{ [1 x i8] }> zeroinitializer, align 1
@_ZN6kernel4KEYS17h97c9752c08367a8bE = dso_local local_unnamed_addr global <{ [64 x i8] }> zeroinitializer, align 1
@_ZN6kernel9KEY_COUNT17h31617133d1e8a70dE = dso_local local_unnamed_addr global <{ [8 x i8] }> zeroinitializer, align 8
@alloc91 = private unnamed_addr constant <{ [9 x i8] }> <{ [9 x i8] c"kernel.rs" }>, align 1
@alloc70 = private unnamed_addr constant <{ [12 x i8] }> <{ [12 x i8] c"double fault" }>, align 1
@alloc71 = private unnamed_addr constant <{ i8*, [8 x i8] }> <{ i8* getelementptr inbounds (<{ [12 x i8] }>, <{ [12 x i8] }>* @alloc70, i32 0, i32 0, i32 0), [8 x i8] c"\0C\00\00\00\00\00\00\00" }>, align 8
@alloc92 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [9 x i8] }>, <{ [9 x i8] }>* @alloc91, i32 0, i32 0, i32 0), [16 x i8] c"\09\00\00\00\00\00\00\00V\00\00\00\05\00\00\00" }>, align 8

; Function Attrs: noredzone nounwind nonlazybind
define dso_local x86_intrcc void @timer_interrupt(%InterruptStackFrame* noalias nocapture noundef readnone byval(%InterruptStackFrame) dereferenceable(40) %_frame) unnamed_addr #0 {
start:
  %0 = atomicrmw add i64* bitcast (<{ [8 x i8] }>* @_ZN6kernel5TICKS17hd0ac2eb896d5fdb6E to i64*), i64 1 monotonic, align 8
  tail call void asm sideeffect inteldialect "out dx, al", "{dx},{al}"(i16 32, i8 32) #5, !srcloc !1
  ret void
}

; Function Attrs: noredzone nounwind nonlazybind
define dso_local x86_intrcc void @keyboard_interrupt(%InterruptStackFrame* noalias nocapture noundef readnone byval(%InterruptStackFrame) dereferenceable(40) %_frame) unnamed_addr #0 {
start:
  %0 = tail call i8 asm sideeffect inteldialect "in al, dx", "=&{al},{dx}"(i16 96) #5, !srcloc !2
  %1 = cmpxchg weak i8* getelementptr inbounds (<{ [1 x i8] }>, <{ [1 x i8] }>* @_ZN6kernel8KEY_LOCK17hcdd113eb5af4b733E, i64 0, i32 0, i64 0), i8 0, i8 1 acquire monotonic, align 1
  %2 = extractvalue { i8, i1 } %1, 1
  br i1 %2, label %bb7, label %bb5

bb7:                                              ; preds = %bb5, %start
  %_12 = load i64, i64* bitcast (<{ [8 x i8] }>* @_ZN6kernel9KEY_COUNT17h31617133d1e8a70dE to i64*), align 8
  %_11 = icmp ult i64 %_12, 64
  br i1 %_11, label %bb9, label %bb10

bb5:                                              ; preds = %start, %bb5
  tail call void @llvm.x86.sse2.pause() #4
  %3 = cmpxchg weak i8* getelementptr inbounds (<{ [1 x i8] }>, <{ [1 x i8] }>* @_ZN6kernel8KEY_LOCK17hcdd113eb5af4b733E, i64 0, i32 0, i64 0), i8 0, i8 1 acquire monotonic, align 1
  %4 = extractvalue { i8, i1 } %3, 1
  br i1 %4, label %bb7, label %bb5

bb10:                                             ; preds = %bb9, %bb7
  store atomic i8 0, i8* getelementptr inbounds (<{ [1 x i8] }>, <{ [1 x i8] }>* @_ZN6kernel8KEY_LOCK17hcdd113eb5af4b733E, i64 0, i32 0, i64 0) release, align 1
  tail call void asm sideeffect inteldialect "out dx, al", "{dx},{al}"(i16 32, i8 32) #5, !srcloc !1
  ret void

bb9:                                              ; preds = %bb7
  %5 = getelementptr inbounds <{ [64 x i8] }>, <{ [64 x i8] }>* @_ZN6kernel4KEYS17h97c9752c08367a8bE, i64 0, i32 0, i64 %_12
  store i8 %0, i8* %5, align 1
  %6 = add nuw nsw i64 %_12, 1
  store i64 %6, i64* bitcast (<{ [8 x i8] }>* @_ZN6kernel9KEY_COUNT17h31617133d1e8a70dE to i64*), align 8
  br label %bb10
}

; Function Attrs: noredzone nounwind nonlazybind
define dso_local x86_intrcc void @breakpoint(%InterruptStackFrame* noalias nocapture noundef readonly byval(%InterruptStackFrame) dereferenceable(40) %frame) unnamed_addr #0 {
start:
  %0 = getelementptr inbounds %InterruptStackFrame, %InterruptStackFrame* %frame, i64 0, i32 0
  %_3 = load i64, i64* %0, align 8
  tail call void @log_breakpoint(i64 %_3) #4
  ret void
}

; Function Attrs: noredzone noreturn nounwind nonlazybind
define dso_local x86_intrcc void @page_fault(%InterruptStackFrame* noalias nocapture noundef readnone byval(%InterruptStackFrame) dereferenceable(40) %_frame, i64 %error_code) unnamed_addr #1 {
start:
  %0 = tail call i64 asm sideeffect inteldialect "mov ${0:q}, cr2", "=&r"() #5, !srcloc !3
  tail call void @log_page_fault(i64 %0, i64 %error_code) #4
  br label %bb1.i

bb1.i:                                            ; preds = %bb1.i, %start
  tail call void asm sideeffect inteldialect "hlt", "~{dirflag},~{fpsr},~{flags}"() #5, !srcloc !4
  br label %bb1.i
}

; Function Attrs: noredzone noreturn nounwind nonlazybind
define dso_local x86_intrcc void @double_fault(%InterruptStackFrame* noalias nocapture noundef readnone byval(%InterruptStackFrame) dereferenceable(40) %_frame, i64 %_error_code) unnamed_addr #1 {
start:
  %_4 = alloca %"core::fmt::Arguments", align 8
  %0 = bitcast %"core::fmt::Arguments"* %_4 to i8*
  call void @llvm.lifetime.start.p0i8(i64 48, i8* nonnull %0)
  %1 = getelementptr inbounds %"core::fmt::Arguments", %"core::fmt::Arguments"* %_4, i64 0, i32 0, i32 0
  store [0 x { [0 x i8]*, i64 }]* bitcast (<{ i8*, [8 x i8] }>* @alloc71 to [0 x { [0 x i8]*, i64 }]*), [0 x { [0 x i8]*, i64 }]** %1, align 8, !alias.scope !5
  %2 = getelementptr inbounds %"core::fmt::Arguments", %"core::fmt::Arguments"* %_4, i64 0, i32 0, i32 1
  store i64 1, i64* %2, align 8, !alias.scope !5
  %3 = getelementptr inbounds %"core::fmt::Arguments", %"core::fmt::Arguments"* %_4, i64 0, i32 1, i32 0
  store i64* null, i64** %3, align 8, !alias.scope !5
  %4 = getelementptr inbounds %"core::fmt::Arguments", %"core::fmt::Arguments"* %_4, i64 0, i32 2, i32 0
  store [0 x { i8*, i64* }]* bitcast (<{}>* @alloc73 to [0 x { i8*, i64* }]*), [0 x { i8*, i64* }]** %4, align 8, !alias.scope !5
  %5 = getelementptr inbounds %"core::fmt::Arguments", %"core::fmt::Arguments"* %_4, i64 0, i32 2, i32 1
  store i64 0, i64* %5, align 8, !alias.scope !5
; call core::panicking::panic_fmt
  call void @_ZN4core9panicking9panic_fmt17h11223f0b8c31003aE(%"core::fmt::Arguments"* noalias nocapture noundef nonnull dereferenceable(48) %_4, %"core::panic::location::Location"* noalias noundef readonly align 8 dereferenceable(24) bitcast (<{ i8*, [16 x i8] }>* @alloc92 to %"core::panic::location::Location"*)) #6
  unreachable
}

; Function Attrs: noredzone noreturn nounwind nonlazybind
define dso_local void @rust_begin_unwind(%"core::panic::panic_info::PanicInfo"* noalias nocapture noundef readonly align 8 dereferenceable(40) %_1) unnamed_addr #1 {
start:
  br label %bb1.i

bb1.i:                                            ; preds = %bb1.i, %start
  tail call void asm sideeffect inteldialect "hlt", "~{dirflag},~{fpsr},~{flags}"() #5, !srcloc !4
  br label %bb1.i
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #2

; core::panicking::panic_fmt
; Function Attrs: cold noinline noredzone noreturn nounwind nonlazybind
declare dso_local void @_ZN4core9panicking9panic_fmt17h11223f0b8c31003aE(%"core::fmt::Arguments"* noalias nocapture noundef dereferenceable(48), %"core::panic::location::Location"* noalias noundef readonly align 8 dereferenceable(24)) unnamed_addr #3

; Function Attrs: nounwind
declare dso_local void @llvm.x86.sse2.pause() unnamed_addr #4

; Function Attrs: noredzone nounwind nonlazybind
declare dso_local void @log_breakpoint(i64) unnamed_addr #0

; Function Attrs: noredzone nounwind nonlazybind
declare dso_local void @log_page_fault(i64, i64) unnamed_addr #0

attributes #0 = { noredzone nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" "target-features"="-mmx,-sse,+soft-float" }
attributes #1 = { noredzone noreturn nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" "target-features"="-mmx,-sse,+soft-float" }
attributes #2 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #3 = { cold noinline noredzone noreturn nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" "target-features"="-mmx,-sse,+soft-float" }
attributes #4 = { nounwind }
attributes #5 = { inaccessiblememonly nounwind }
attributes #6 = { noreturn nounwind }

!llvm.module.flags = !{!0}

!0 = !{i32 2, !"RtLibUseGOT", i32 1}
!1 = !{i32 948}
!2 = !{i32 1100}
!3 = !{i32 2430}
!4 = !{i32 1255}
!5 = !{!6}
!6 = distinct !{!6, !7, !"_ZN4core3fmt9Arguments6new_v117h458fc5972c9dff87E: argument 0"}
!7 = distinct !{!7, !"_ZN4core3fmt9Arguments6new_v117h458fc5972c9dff87E"}
