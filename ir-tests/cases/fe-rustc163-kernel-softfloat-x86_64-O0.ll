; id: fe-rustc163-kernel-softfloat-x86_64-O0
; title: rustc 1.63, opt-level 0 (a dev profile, as HexiumOS/Hexium builds): the Rust kernel handlers with their helpers left as calls
; wrong: the handlers call inb/outb/hlt_loop and core functions in and out of the module at -O0
; correct: in-module callees judged by their bodies, noreturn ones ending the path
; target: x86_64-unknown-linux-gnu -O0
; subject: none
; expect: x86_64-unknown-linux-gnu -O0 @ llvm=13: N/A
; expect: x86_64-unknown-linux-gnu -O0 @ llvm>=14: misaligned-call-site
; after-fix: x86_64-unknown-linux-gnu -O0 @ llvm=13: N/A
; after-fix: x86_64-unknown-linux-gnu -O0 @ llvm=14: REJECTED
; after-fix: x86_64-unknown-linux-gnu -O0 @ llvm>=15: none
; oracle: x86_64-unknown-linux-gnu -O0 @ llvm=13: N/A
; oracle: x86_64-unknown-linux-gnu -O0 @ llvm>=14: misaligned-call-site; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-linux-gnu -O0 @ llvm13-14: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu -O0 @ llvm>=15: none; CR0.TS=1: no-fault
; reads: llvm>=14
; reads-bitcode: llvm>=14
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: RUSTC_BOOTSTRAP=1 /usr/bin/rustc (Debian 1.63) --crate-type=lib -C opt-level=0 -C panic=abort -C no-redzone=yes -C relocation-model=static -C target-feature=-mmx,-sse,+soft-float from ir-tests/frontend/kernel.rs by produce.sh
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O0 -relocation-model=static < %s
; ModuleID = 'kernel.4810515d-cgu.0'
source_filename = "kernel.4810515d-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"core::fmt::Arguments" = type { { [0 x { [0 x i8]*, i64 }]*, i64 }, { i64*, i64 }, { [0 x { i8*, i64* }]*, i64 } }
%"core::panic::location::Location" = type { { [0 x i8]*, i64 }, i32, i32 }
%"core::sync::atomic::AtomicBool" = type { i8 }
%"core::sync::atomic::AtomicU64" = type { i64 }
%InterruptStackFrame = type { i64, i64, i64, i64, i64 }
%"core::panic::panic_info::PanicInfo" = type { { {}*, [3 x i64]* }, i64*, %"core::panic::location::Location"*, i8, [7 x i8] }

@alloc48 = private unnamed_addr constant <{ [12 x i8] }> <{ [12 x i8] c"invalid args" }>, align 1
@alloc49 = private unnamed_addr constant <{ i8*, [8 x i8] }> <{ i8* getelementptr inbounds (<{ [12 x i8] }>, <{ [12 x i8] }>* @alloc48, i32 0, i32 0, i32 0), [8 x i8] c"\0C\00\00\00\00\00\00\00" }>, align 8
@alloc73 = private unnamed_addr constant <{}> zeroinitializer, align 8
@alloc77 = private unnamed_addr constant <{ [49 x i8] }> <{ [49 x i8] c"/usr/src/rustc-1.63.0/library/core/src/fmt/mod.rs" }>, align 1
@alloc78 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [49 x i8] }>, <{ [49 x i8] }>* @alloc77, i32 0, i32 0, i32 0), [16 x i8] c"1\00\00\00\00\00\00\00\87\01\00\00\0D\00\00\00" }>, align 8
@alloc53 = private unnamed_addr constant <{ [50 x i8] }> <{ [50 x i8] c"there is no such thing as an acquire/release store" }>, align 1
@alloc54 = private unnamed_addr constant <{ i8*, [8 x i8] }> <{ i8* getelementptr inbounds (<{ [50 x i8] }>, <{ [50 x i8] }>* @alloc53, i32 0, i32 0, i32 0), [8 x i8] c"2\00\00\00\00\00\00\00" }>, align 8
@alloc87 = private unnamed_addr constant <{ [53 x i8] }> <{ [53 x i8] c"/usr/src/rustc-1.63.0/library/core/src/sync/atomic.rs" }>, align 1
@alloc80 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [53 x i8] }>, <{ [53 x i8] }>* @alloc87, i32 0, i32 0, i32 0), [16 x i8] c"5\00\00\00\00\00\00\00\16\0A\00\00\17\00\00\00" }>, align 8
@alloc58 = private unnamed_addr constant <{ [42 x i8] }> <{ [42 x i8] c"there is no such thing as an acquire store" }>, align 1
@alloc59 = private unnamed_addr constant <{ i8*, [8 x i8] }> <{ i8* getelementptr inbounds (<{ [42 x i8] }>, <{ [42 x i8] }>* @alloc58, i32 0, i32 0, i32 0), [8 x i8] c"*\00\00\00\00\00\00\00" }>, align 8
@alloc82 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [53 x i8] }>, <{ [53 x i8] }>* @alloc87, i32 0, i32 0, i32 0), [16 x i8] c"5\00\00\00\00\00\00\00\15\0A\00\00\18\00\00\00" }>, align 8
@alloc33 = private unnamed_addr constant <{ [60 x i8] }> <{ [60 x i8] c"a failure ordering can't be stronger than a success ordering" }>, align 1
@alloc34 = private unnamed_addr constant <{ i8*, [8 x i8] }> <{ i8* getelementptr inbounds (<{ [60 x i8] }>, <{ [60 x i8] }>* @alloc33, i32 0, i32 0, i32 0), [8 x i8] c"<\00\00\00\00\00\00\00" }>, align 8
@alloc84 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [53 x i8] }>, <{ [53 x i8] }>* @alloc87, i32 0, i32 0, i32 0), [16 x i8] c"5\00\00\00\00\00\00\00\8C\0A\00\00\12\00\00\00" }>, align 8
@alloc38 = private unnamed_addr constant <{ [61 x i8] }> <{ [61 x i8] c"there is no such thing as an acquire/release failure ordering" }>, align 1
@alloc39 = private unnamed_addr constant <{ i8*, [8 x i8] }> <{ i8* getelementptr inbounds (<{ [61 x i8] }>, <{ [61 x i8] }>* @alloc38, i32 0, i32 0, i32 0), [8 x i8] c"=\00\00\00\00\00\00\00" }>, align 8
@alloc86 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [53 x i8] }>, <{ [53 x i8] }>* @alloc87, i32 0, i32 0, i32 0), [16 x i8] c"5\00\00\00\00\00\00\00\8A\0A\00\00\1C\00\00\00" }>, align 8
@alloc43 = private unnamed_addr constant <{ [52 x i8] }> <{ [52 x i8] c"there is no such thing as a release failure ordering" }>, align 1
@alloc44 = private unnamed_addr constant <{ i8*, [8 x i8] }> <{ i8* getelementptr inbounds (<{ [52 x i8] }>, <{ [52 x i8] }>* @alloc43, i32 0, i32 0, i32 0), [8 x i8] c"4\00\00\00\00\00\00\00" }>, align 8
@alloc88 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [53 x i8] }>, <{ [53 x i8] }>* @alloc87, i32 0, i32 0, i32 0), [16 x i8] c"5\00\00\00\00\00\00\00\8B\0A\00\00\1D\00\00\00" }>, align 8
@_ZN6kernel5TICKS17hd0ac2eb896d5fdb6E = internal global <{ [8 x i8] }> zeroinitializer, align 8
@_ZN6kernel8KEY_LOCK17hcdd113eb5af4b733E = internal global <{ [1 x i8] }> zeroinitializer, align 1
@_ZN6kernel4KEYS17h97c9752c08367a8bE = dso_local global <{ [64 x i8] }> zeroinitializer, align 1
@_ZN6kernel9KEY_COUNT17h31617133d1e8a70dE = dso_local global <{ [8 x i8] }> zeroinitializer, align 8
@alloc93 = private unnamed_addr constant <{ [9 x i8] }> <{ [9 x i8] c"kernel.rs" }>, align 1
@alloc90 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [9 x i8] }>, <{ [9 x i8] }>* @alloc93, i32 0, i32 0, i32 0), [16 x i8] c"\09\00\00\00\00\00\00\00<\00\00\00\0D\00\00\00" }>, align 8
@alloc92 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [9 x i8] }>, <{ [9 x i8] }>* @alloc93, i32 0, i32 0, i32 0), [16 x i8] c"\09\00\00\00\00\00\00\00=\00\00\00\0D\00\00\00" }>, align 8
@str.0 = internal constant [28 x i8] c"attempt to add with overflow"
@alloc70 = private unnamed_addr constant <{ [12 x i8] }> <{ [12 x i8] c"double fault" }>, align 1
@alloc71 = private unnamed_addr constant <{ i8*, [8 x i8] }> <{ i8* getelementptr inbounds (<{ [12 x i8] }>, <{ [12 x i8] }>* @alloc70, i32 0, i32 0, i32 0), [8 x i8] c"\0C\00\00\00\00\00\00\00" }>, align 8
@alloc94 = private unnamed_addr constant <{ i8*, [16 x i8] }> <{ i8* getelementptr inbounds (<{ [9 x i8] }>, <{ [9 x i8] }>* @alloc93, i32 0, i32 0, i32 0), [16 x i8] c"\09\00\00\00\00\00\00\00V\00\00\00\05\00\00\00" }>, align 8

; core::fmt::Arguments::new_v1
; Function Attrs: inlinehint noredzone nounwind nonlazybind
define internal void @_ZN4core3fmt9Arguments6new_v117h3784d1b1bb899fbbE(%"core::fmt::Arguments"* sret(%"core::fmt::Arguments") %0, [0 x { [0 x i8]*, i64 }]* align 8 %pieces.0, i64 %pieces.1, [0 x { i8*, i64* }]* align 8 %args.0, i64 %args.1) unnamed_addr #0 {
start:
  %_24 = alloca { i64*, i64 }, align 8
  %_16 = alloca %"core::fmt::Arguments", align 8
  %_3 = alloca i8, align 1
  %_4 = icmp ult i64 %pieces.1, %args.1
  br i1 %_4, label %bb1, label %bb2

bb2:                                              ; preds = %start
  %_12 = add i64 %args.1, 1
  %_9 = icmp ugt i64 %pieces.1, %_12
  %1 = zext i1 %_9 to i8
  store i8 %1, i8* %_3, align 1
  br label %bb3

bb1:                                              ; preds = %start
  store i8 1, i8* %_3, align 1
  br label %bb3

bb3:                                              ; preds = %bb2, %bb1
  %2 = load i8, i8* %_3, align 1, !range !1, !noundef !2
  %3 = trunc i8 %2 to i1
  br i1 %3, label %bb4, label %bb6

bb6:                                              ; preds = %bb3
  %4 = bitcast { i64*, i64 }* %_24 to {}**
  store {}* null, {}** %4, align 8
  %5 = bitcast %"core::fmt::Arguments"* %0 to { [0 x { [0 x i8]*, i64 }]*, i64 }*
  %6 = getelementptr inbounds { [0 x { [0 x i8]*, i64 }]*, i64 }, { [0 x { [0 x i8]*, i64 }]*, i64 }* %5, i32 0, i32 0
  store [0 x { [0 x i8]*, i64 }]* %pieces.0, [0 x { [0 x i8]*, i64 }]** %6, align 8
  %7 = getelementptr inbounds { [0 x { [0 x i8]*, i64 }]*, i64 }, { [0 x { [0 x i8]*, i64 }]*, i64 }* %5, i32 0, i32 1
  store i64 %pieces.1, i64* %7, align 8
  %8 = getelementptr inbounds %"core::fmt::Arguments", %"core::fmt::Arguments"* %0, i32 0, i32 1
  %9 = getelementptr inbounds { i64*, i64 }, { i64*, i64 }* %_24, i32 0, i32 0
  %10 = load i64*, i64** %9, align 8, !align !3
  %11 = getelementptr inbounds { i64*, i64 }, { i64*, i64 }* %_24, i32 0, i32 1
  %12 = load i64, i64* %11, align 8
  %13 = getelementptr inbounds { i64*, i64 }, { i64*, i64 }* %8, i32 0, i32 0
  store i64* %10, i64** %13, align 8
  %14 = getelementptr inbounds { i64*, i64 }, { i64*, i64 }* %8, i32 0, i32 1
  store i64 %12, i64* %14, align 8
  %15 = getelementptr inbounds %"core::fmt::Arguments", %"core::fmt::Arguments"* %0, i32 0, i32 2
  %16 = getelementptr inbounds { [0 x { i8*, i64* }]*, i64 }, { [0 x { i8*, i64* }]*, i64 }* %15, i32 0, i32 0
  store [0 x { i8*, i64* }]* %args.0, [0 x { i8*, i64* }]** %16, align 8
  %17 = getelementptr inbounds { [0 x { i8*, i64* }]*, i64 }, { [0 x { i8*, i64* }]*, i64 }* %15, i32 0, i32 1
  store i64 %args.1, i64* %17, align 8
  ret void

bb4:                                              ; preds = %bb3
; call core::fmt::Arguments::new_v1
  call void @_ZN4core3fmt9Arguments6new_v117h3784d1b1bb899fbbE(%"core::fmt::Arguments"* sret(%"core::fmt::Arguments") %_16, [0 x { [0 x i8]*, i64 }]* align 8 bitcast (<{ i8*, [8 x i8] }>* @alloc49 to [0 x { [0 x i8]*, i64 }]*), i64 1, [0 x { i8*, i64* }]* align 8 bitcast (<{}>* @alloc73 to [0 x { i8*, i64* }]*), i64 0) #5
  br label %bb5

bb5:                                              ; preds = %bb4
; call core::panicking::panic_fmt
  call void @_ZN4core9panicking9panic_fmt17h11223f0b8c31003aE(%"core::fmt::Arguments"* %_16, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc78 to %"core::panic::location::Location"*)) #8
  unreachable
}

; core::hint::spin_loop
; Function Attrs: inlinehint noredzone nounwind nonlazybind
define internal void @_ZN4core4hint9spin_loop17h27104bf0564ae216E() unnamed_addr #0 {
start:
; call core::core_arch::x86::sse2::_mm_pause
  call void @_ZN4core9core_arch3x864sse29_mm_pause17h71494c6df215852eE() #5
  br label %bb1

bb1:                                              ; preds = %start
  ret void
}

; core::sync::atomic::AtomicBool::compare_exchange_weak
; Function Attrs: inlinehint noredzone nounwind nonlazybind
define internal { i8, i8 } @_ZN4core4sync6atomic10AtomicBool21compare_exchange_weak17h2a1c0c49de85214cE(%"core::sync::atomic::AtomicBool"* align 1 %self, i1 zeroext %current, i1 zeroext %new, i8 %success, i8 %failure) unnamed_addr #0 {
start:
  %_6 = alloca { i8, i8 }, align 1
  %0 = alloca { i8, i8 }, align 1
  %_8 = bitcast %"core::sync::atomic::AtomicBool"* %self to i8*
  br label %bb1

bb1:                                              ; preds = %start
  %1 = icmp ule i1 %current, true
  call void @llvm.assume(i1 %1)
  %_9 = zext i1 %current to i8
  %2 = icmp ule i1 %new, true
  call void @llvm.assume(i1 %2)
  %_11 = zext i1 %new to i8
; call core::sync::atomic::atomic_compare_exchange_weak
  %3 = call { i8, i8 } @_ZN4core4sync6atomic28atomic_compare_exchange_weak17h0b3144312e4b4846E(i8* %_8, i8 %_9, i8 %_11, i8 %success, i8 %failure) #5
  store { i8, i8 } %3, { i8, i8 }* %_6, align 1
  br label %bb2

bb2:                                              ; preds = %bb1
  %4 = bitcast { i8, i8 }* %_6 to i8*
  %5 = load i8, i8* %4, align 1, !range !1, !noundef !2
  %6 = trunc i8 %5 to i1
  %_15 = zext i1 %6 to i64
  switch i64 %_15, label %bb4 [
    i64 0, label %bb5
    i64 1, label %bb3
  ]

bb4:                                              ; preds = %bb2
  unreachable

bb5:                                              ; preds = %bb2
  %7 = getelementptr inbounds { i8, i8 }, { i8, i8 }* %_6, i32 0, i32 1
  %x1 = load i8, i8* %7, align 1
  %_17 = icmp ne i8 %x1, 0
  %8 = getelementptr inbounds { i8, i8 }, { i8, i8 }* %0, i32 0, i32 1
  %9 = zext i1 %_17 to i8
  store i8 %9, i8* %8, align 1
  %10 = bitcast { i8, i8 }* %0 to i8*
  store i8 0, i8* %10, align 1
  br label %bb6

bb3:                                              ; preds = %bb2
  %11 = getelementptr inbounds { i8, i8 }, { i8, i8 }* %_6, i32 0, i32 1
  %x = load i8, i8* %11, align 1
  %_20 = icmp ne i8 %x, 0
  %12 = getelementptr inbounds { i8, i8 }, { i8, i8 }* %0, i32 0, i32 1
  %13 = zext i1 %_20 to i8
  store i8 %13, i8* %12, align 1
  %14 = bitcast { i8, i8 }* %0 to i8*
  store i8 1, i8* %14, align 1
  br label %bb6

bb6:                                              ; preds = %bb5, %bb3
  %15 = getelementptr inbounds { i8, i8 }, { i8, i8 }* %0, i32 0, i32 0
  %16 = load i8, i8* %15, align 1, !range !1, !noundef !2
  %17 = trunc i8 %16 to i1
  %18 = getelementptr inbounds { i8, i8 }, { i8, i8 }* %0, i32 0, i32 1
  %19 = load i8, i8* %18, align 1
  %20 = zext i1 %17 to i8
  %21 = insertvalue { i8, i8 } undef, i8 %20, 0
  %22 = insertvalue { i8, i8 } %21, i8 %19, 1
  ret { i8, i8 } %22
}

; core::sync::atomic::AtomicBool::store
; Function Attrs: inlinehint noredzone nounwind nonlazybind
define internal void @_ZN4core4sync6atomic10AtomicBool5store17h2ad3bcfe15a94364E(%"core::sync::atomic::AtomicBool"* align 1 %self, i1 zeroext %val, i8 %order) unnamed_addr #0 {
start:
  %_6 = bitcast %"core::sync::atomic::AtomicBool"* %self to i8*
  br label %bb1

bb1:                                              ; preds = %start
  %0 = icmp ule i1 %val, true
  call void @llvm.assume(i1 %0)
  %_7 = zext i1 %val to i8
; call core::sync::atomic::atomic_store
  call void @_ZN4core4sync6atomic12atomic_store17h0e0f42ed6abf4d87E(i8* %_6, i8 %_7, i8 %order) #5
  br label %bb2

bb2:                                              ; preds = %bb1
  ret void
}

; core::sync::atomic::atomic_add
; Function Attrs: inlinehint noredzone nounwind nonlazybind
define dso_local i64 @_ZN4core4sync6atomic10atomic_add17h7cef0a0d42d3462bE(i64* %dst, i64 %val, i8 %0) unnamed_addr #0 {
start:
  %1 = alloca i64, align 8
  %order = alloca i8, align 1
  store i8 %0, i8* %order, align 1
  %2 = load i8, i8* %order, align 1, !range !4, !noundef !2
  %_4 = zext i8 %2 to i64
  switch i64 %_4, label %bb2 [
    i64 0, label %bb9
    i64 1, label %bb5
    i64 2, label %bb3
    i64 3, label %bb7
    i64 4, label %bb1
  ]

bb2:                                              ; preds = %start
  unreachable

bb9:                                              ; preds = %start
  %3 = atomicrmw add i64* %dst, i64 %val monotonic, align 8
  store i64 %3, i64* %1, align 8
  br label %bb10

bb5:                                              ; preds = %start
  %4 = atomicrmw add i64* %dst, i64 %val release, align 8
  store i64 %4, i64* %1, align 8
  br label %bb6

bb3:                                              ; preds = %start
  %5 = atomicrmw add i64* %dst, i64 %val acquire, align 8
  store i64 %5, i64* %1, align 8
  br label %bb4

bb7:                                              ; preds = %start
  %6 = atomicrmw add i64* %dst, i64 %val acq_rel, align 8
  store i64 %6, i64* %1, align 8
  br label %bb8

bb1:                                              ; preds = %start
  %7 = atomicrmw add i64* %dst, i64 %val seq_cst, align 8
  store i64 %7, i64* %1, align 8
  br label %bb11

bb11:                                             ; preds = %bb1
  br label %bb12

bb12:                                             ; preds = %bb10, %bb6, %bb4, %bb8, %bb11
  %8 = load i64, i64* %1, align 8
  ret i64 %8

bb8:                                              ; preds = %bb7
  br label %bb12

bb4:                                              ; preds = %bb3
  br label %bb12

bb6:                                              ; preds = %bb5
  br label %bb12

bb10:                                             ; preds = %bb9
  br label %bb12
}

; core::sync::atomic::atomic_store
; Function Attrs: inlinehint noredzone nounwind nonlazybind
define dso_local void @_ZN4core4sync6atomic12atomic_store17h0e0f42ed6abf4d87E(i8* %dst, i8 %val, i8 %0) unnamed_addr #0 {
start:
  %_20 = alloca %"core::fmt::Arguments", align 8
  %_12 = alloca %"core::fmt::Arguments", align 8
  %order = alloca i8, align 1
  store i8 %0, i8* %order, align 1
  %1 = load i8, i8* %order, align 1, !range !4, !noundef !2
  %_4 = zext i8 %1 to i64
  switch i64 %_4, label %bb2 [
    i64 0, label %bb5
    i64 1, label %bb3
    i64 2, label %bb9
    i64 3, label %bb1
    i64 4, label %bb7
  ]

bb2:                                              ; preds = %start
  unreachable

bb5:                                              ; preds = %start
  store atomic i8 %val, i8* %dst monotonic, align 1
  br label %bb6

bb3:                                              ; preds = %start
  store atomic i8 %val, i8* %dst release, align 1
  br label %bb4

bb9:                                              ; preds = %start
; call core::fmt::Arguments::new_v1
  call void @_ZN4core3fmt9Arguments6new_v117h3784d1b1bb899fbbE(%"core::fmt::Arguments"* sret(%"core::fmt::Arguments") %_12, [0 x { [0 x i8]*, i64 }]* align 8 bitcast (<{ i8*, [8 x i8] }>* @alloc59 to [0 x { [0 x i8]*, i64 }]*), i64 1, [0 x { i8*, i64* }]* align 8 bitcast (<{}>* @alloc73 to [0 x { i8*, i64* }]*), i64 0) #5
  br label %bb10

bb1:                                              ; preds = %start
; call core::fmt::Arguments::new_v1
  call void @_ZN4core3fmt9Arguments6new_v117h3784d1b1bb899fbbE(%"core::fmt::Arguments"* sret(%"core::fmt::Arguments") %_20, [0 x { [0 x i8]*, i64 }]* align 8 bitcast (<{ i8*, [8 x i8] }>* @alloc54 to [0 x { [0 x i8]*, i64 }]*), i64 1, [0 x { i8*, i64* }]* align 8 bitcast (<{}>* @alloc73 to [0 x { i8*, i64* }]*), i64 0) #5
  br label %bb11

bb7:                                              ; preds = %start
  store atomic i8 %val, i8* %dst seq_cst, align 1
  br label %bb8

bb8:                                              ; preds = %bb7
  br label %bb12

bb12:                                             ; preds = %bb6, %bb4, %bb8
  ret void

bb11:                                             ; preds = %bb1
; call core::panicking::panic_fmt
  call void @_ZN4core9panicking9panic_fmt17h11223f0b8c31003aE(%"core::fmt::Arguments"* %_20, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc80 to %"core::panic::location::Location"*)) #8
  unreachable

bb10:                                             ; preds = %bb9
; call core::panicking::panic_fmt
  call void @_ZN4core9panicking9panic_fmt17h11223f0b8c31003aE(%"core::fmt::Arguments"* %_12, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc82 to %"core::panic::location::Location"*)) #8
  unreachable

bb4:                                              ; preds = %bb3
  br label %bb12

bb6:                                              ; preds = %bb5
  br label %bb12
}

; core::sync::atomic::atomic_compare_exchange_weak
; Function Attrs: inlinehint noredzone nounwind nonlazybind
define dso_local { i8, i8 } @_ZN4core4sync6atomic28atomic_compare_exchange_weak17h0b3144312e4b4846E(i8* %dst, i8 %old, i8 %new, i8 %success, i8 %failure) unnamed_addr #0 {
start:
  %_63 = alloca %"core::fmt::Arguments", align 8
  %_55 = alloca %"core::fmt::Arguments", align 8
  %_47 = alloca %"core::fmt::Arguments", align 8
  %_9 = alloca { i8, i8 }, align 1
  %_8 = alloca { i8, i8 }, align 1
  %0 = alloca { i8, i8 }, align 1
  %1 = bitcast { i8, i8 }* %_9 to i8*
  store i8 %success, i8* %1, align 1
  %2 = getelementptr inbounds { i8, i8 }, { i8, i8 }* %_9, i32 0, i32 1
  store i8 %failure, i8* %2, align 1
  %3 = bitcast { i8, i8 }* %_9 to i8*
  %4 = load i8, i8* %3, align 1, !range !4, !noundef !2
  %_18 = zext i8 %4 to i64
  switch i64 %_18, label %bb35 [
    i64 0, label %bb1
    i64 1, label %bb3
    i64 2, label %bb4
    i64 3, label %bb5
    i64 4, label %bb6
  ]

bb35:                                             ; preds = %start
  unreachable

bb1:                                              ; preds = %start
  %5 = getelementptr inbounds { i8, i8 }, { i8, i8 }* %_9, i32 0, i32 1
  %6 = load i8, i8* %5, align 1, !range !4, !noundef !2
  %_12 = zext i8 %6 to i64
  %7 = icmp eq i64 %_12, 0
  br i1 %7, label %bb14, label %bb2

bb3:                                              ; preds = %start
  %8 = getelementptr inbounds { i8, i8 }, { i8, i8 }* %_9, i32 0, i32 1
  %9 = load i8, i8* %8, align 1, !range !4, !noundef !2
  %_13 = zext i8 %9 to i64
  %10 = icmp eq i64 %_13, 0
  br i1 %10, label %bb10, label %bb2

bb4:                                              ; preds = %start
  %11 = getelementptr inbounds { i8, i8 }, { i8, i8 }* %_9, i32 0, i32 1
  %12 = load i8, i8* %11, align 1, !range !4, !noundef !2
  %_14 = zext i8 %12 to i64
  switch i64 %_14, label %bb2 [
    i64 0, label %bb18
    i64 2, label %bb8
  ]

bb5:                                              ; preds = %start
  %13 = getelementptr inbounds { i8, i8 }, { i8, i8 }* %_9, i32 0, i32 1
  %14 = load i8, i8* %13, align 1, !range !4, !noundef !2
  %_15 = zext i8 %14 to i64
  switch i64 %_15, label %bb2 [
    i64 0, label %bb20
    i64 2, label %bb12
  ]

bb6:                                              ; preds = %start
  %15 = getelementptr inbounds { i8, i8 }, { i8, i8 }* %_9, i32 0, i32 1
  %16 = load i8, i8* %15, align 1, !range !4, !noundef !2
  %_16 = zext i8 %16 to i64
  switch i64 %_16, label %bb2 [
    i64 0, label %bb22
    i64 2, label %bb24
    i64 4, label %bb16
  ]

bb2:                                              ; preds = %bb1, %bb3, %bb4, %bb5, %bb6
  %17 = getelementptr inbounds { i8, i8 }, { i8, i8 }* %_9, i32 0, i32 1
  %18 = load i8, i8* %17, align 1, !range !4, !noundef !2
  %_17 = zext i8 %18 to i64
  switch i64 %_17, label %bb7 [
    i64 1, label %bb28
    i64 3, label %bb26
  ]

bb22:                                             ; preds = %bb6
  %19 = cmpxchg weak i8* %dst, i8 %old, i8 %new seq_cst monotonic, align 1
  %20 = extractvalue { i8, i1 } %19, 0
  %21 = extractvalue { i8, i1 } %19, 1
  %22 = zext i1 %21 to i8
  %23 = bitcast { i8, i8 }* %_8 to i8*
  store i8 %20, i8* %23, align 1
  %24 = getelementptr inbounds { i8, i8 }, { i8, i8 }* %_8, i32 0, i32 1
  store i8 %22, i8* %24, align 1
  br label %bb23

bb24:                                             ; preds = %bb6
  %25 = cmpxchg weak i8* %dst, i8 %old, i8 %new seq_cst acquire, align 1
  %26 = extractvalue { i8, i1 } %25, 0
  %27 = extractvalue { i8, i1 } %25, 1
  %28 = zext i1 %27 to i8
  %29 = bitcast { i8, i8 }* %_8 to i8*
  store i8 %26, i8* %29, align 1
  %30 = getelementptr inbounds { i8, i8 }, { i8, i8 }* %_8, i32 0, i32 1
  store i8 %28, i8* %30, align 1
  br label %bb25

bb16:                                             ; preds = %bb6
  %31 = cmpxchg weak i8* %dst, i8 %old, i8 %new seq_cst seq_cst, align 1
  %32 = extractvalue { i8, i1 } %31, 0
  %33 = extractvalue { i8, i1 } %31, 1
  %34 = zext i1 %33 to i8
  %35 = bitcast { i8, i8 }* %_8 to i8*
  store i8 %32, i8* %35, align 1
  %36 = getelementptr inbounds { i8, i8 }, { i8, i8 }* %_8, i32 0, i32 1
  store i8 %34, i8* %36, align 1
  br label %bb17

bb17:                                             ; preds = %bb16
  br label %bb31

bb31:                                             ; preds = %bb15, %bb11, %bb19, %bb9, %bb21, %bb13, %bb23, %bb25, %bb17
  %37 = bitcast { i8, i8 }* %_8 to i8*
  %val = load i8, i8* %37, align 1
  %38 = getelementptr inbounds { i8, i8 }, { i8, i8 }* %_8, i32 0, i32 1
  %39 = load i8, i8* %38, align 1, !range !1, !noundef !2
  %ok = trunc i8 %39 to i1
  br i1 %ok, label %bb32, label %bb33

bb25:                                             ; preds = %bb24
  br label %bb31

bb23:                                             ; preds = %bb22
  br label %bb31

bb20:                                             ; preds = %bb5
  %40 = cmpxchg weak i8* %dst, i8 %old, i8 %new acq_rel monotonic, align 1
  %41 = extractvalue { i8, i1 } %40, 0
  %42 = extractvalue { i8, i1 } %40, 1
  %43 = zext i1 %42 to i8
  %44 = bitcast { i8, i8 }* %_8 to i8*
  store i8 %41, i8* %44, align 1
  %45 = getelementptr inbounds { i8, i8 }, { i8, i8 }* %_8, i32 0, i32 1
  store i8 %43, i8* %45, align 1
  br label %bb21

bb12:                                             ; preds = %bb5
  %46 = cmpxchg weak i8* %dst, i8 %old, i8 %new acq_rel acquire, align 1
  %47 = extractvalue { i8, i1 } %46, 0
  %48 = extractvalue { i8, i1 } %46, 1
  %49 = zext i1 %48 to i8
  %50 = bitcast { i8, i8 }* %_8 to i8*
  store i8 %47, i8* %50, align 1
  %51 = getelementptr inbounds { i8, i8 }, { i8, i8 }* %_8, i32 0, i32 1
  store i8 %49, i8* %51, align 1
  br label %bb13

bb13:                                             ; preds = %bb12
  br label %bb31

bb21:                                             ; preds = %bb20
  br label %bb31

bb18:                                             ; preds = %bb4
  %52 = cmpxchg weak i8* %dst, i8 %old, i8 %new acquire monotonic, align 1
  %53 = extractvalue { i8, i1 } %52, 0
  %54 = extractvalue { i8, i1 } %52, 1
  %55 = zext i1 %54 to i8
  %56 = bitcast { i8, i8 }* %_8 to i8*
  store i8 %53, i8* %56, align 1
  %57 = getelementptr inbounds { i8, i8 }, { i8, i8 }* %_8, i32 0, i32 1
  store i8 %55, i8* %57, align 1
  br label %bb19

bb8:                                              ; preds = %bb4
  %58 = cmpxchg weak i8* %dst, i8 %old, i8 %new acquire acquire, align 1
  %59 = extractvalue { i8, i1 } %58, 0
  %60 = extractvalue { i8, i1 } %58, 1
  %61 = zext i1 %60 to i8
  %62 = bitcast { i8, i8 }* %_8 to i8*
  store i8 %59, i8* %62, align 1
  %63 = getelementptr inbounds { i8, i8 }, { i8, i8 }* %_8, i32 0, i32 1
  store i8 %61, i8* %63, align 1
  br label %bb9

bb9:                                              ; preds = %bb8
  br label %bb31

bb19:                                             ; preds = %bb18
  br label %bb31

bb10:                                             ; preds = %bb3
  %64 = cmpxchg weak i8* %dst, i8 %old, i8 %new release monotonic, align 1
  %65 = extractvalue { i8, i1 } %64, 0
  %66 = extractvalue { i8, i1 } %64, 1
  %67 = zext i1 %66 to i8
  %68 = bitcast { i8, i8 }* %_8 to i8*
  store i8 %65, i8* %68, align 1
  %69 = getelementptr inbounds { i8, i8 }, { i8, i8 }* %_8, i32 0, i32 1
  store i8 %67, i8* %69, align 1
  br label %bb11

bb11:                                             ; preds = %bb10
  br label %bb31

bb14:                                             ; preds = %bb1
  %70 = cmpxchg weak i8* %dst, i8 %old, i8 %new monotonic monotonic, align 1
  %71 = extractvalue { i8, i1 } %70, 0
  %72 = extractvalue { i8, i1 } %70, 1
  %73 = zext i1 %72 to i8
  %74 = bitcast { i8, i8 }* %_8 to i8*
  store i8 %71, i8* %74, align 1
  %75 = getelementptr inbounds { i8, i8 }, { i8, i8 }* %_8, i32 0, i32 1
  store i8 %73, i8* %75, align 1
  br label %bb15

bb7:                                              ; preds = %bb2
; call core::fmt::Arguments::new_v1
  call void @_ZN4core3fmt9Arguments6new_v117h3784d1b1bb899fbbE(%"core::fmt::Arguments"* sret(%"core::fmt::Arguments") %_63, [0 x { [0 x i8]*, i64 }]* align 8 bitcast (<{ i8*, [8 x i8] }>* @alloc34 to [0 x { [0 x i8]*, i64 }]*), i64 1, [0 x { i8*, i64* }]* align 8 bitcast (<{}>* @alloc73 to [0 x { i8*, i64* }]*), i64 0) #5
  br label %bb30

bb28:                                             ; preds = %bb2
; call core::fmt::Arguments::new_v1
  call void @_ZN4core3fmt9Arguments6new_v117h3784d1b1bb899fbbE(%"core::fmt::Arguments"* sret(%"core::fmt::Arguments") %_55, [0 x { [0 x i8]*, i64 }]* align 8 bitcast (<{ i8*, [8 x i8] }>* @alloc44 to [0 x { [0 x i8]*, i64 }]*), i64 1, [0 x { i8*, i64* }]* align 8 bitcast (<{}>* @alloc73 to [0 x { i8*, i64* }]*), i64 0) #5
  br label %bb29

bb26:                                             ; preds = %bb2
; call core::fmt::Arguments::new_v1
  call void @_ZN4core3fmt9Arguments6new_v117h3784d1b1bb899fbbE(%"core::fmt::Arguments"* sret(%"core::fmt::Arguments") %_47, [0 x { [0 x i8]*, i64 }]* align 8 bitcast (<{ i8*, [8 x i8] }>* @alloc39 to [0 x { [0 x i8]*, i64 }]*), i64 1, [0 x { i8*, i64* }]* align 8 bitcast (<{}>* @alloc73 to [0 x { i8*, i64* }]*), i64 0) #5
  br label %bb27

bb30:                                             ; preds = %bb7
; call core::panicking::panic_fmt
  call void @_ZN4core9panicking9panic_fmt17h11223f0b8c31003aE(%"core::fmt::Arguments"* %_63, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc84 to %"core::panic::location::Location"*)) #8
  unreachable

bb27:                                             ; preds = %bb26
; call core::panicking::panic_fmt
  call void @_ZN4core9panicking9panic_fmt17h11223f0b8c31003aE(%"core::fmt::Arguments"* %_47, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc86 to %"core::panic::location::Location"*)) #8
  unreachable

bb29:                                             ; preds = %bb28
; call core::panicking::panic_fmt
  call void @_ZN4core9panicking9panic_fmt17h11223f0b8c31003aE(%"core::fmt::Arguments"* %_55, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc88 to %"core::panic::location::Location"*)) #8
  unreachable

bb15:                                             ; preds = %bb14
  br label %bb31

bb33:                                             ; preds = %bb31
  %76 = getelementptr inbounds { i8, i8 }, { i8, i8 }* %0, i32 0, i32 1
  store i8 %val, i8* %76, align 1
  %77 = bitcast { i8, i8 }* %0 to i8*
  store i8 1, i8* %77, align 1
  br label %bb34

bb32:                                             ; preds = %bb31
  %78 = getelementptr inbounds { i8, i8 }, { i8, i8 }* %0, i32 0, i32 1
  store i8 %val, i8* %78, align 1
  %79 = bitcast { i8, i8 }* %0 to i8*
  store i8 0, i8* %79, align 1
  br label %bb34

bb34:                                             ; preds = %bb33, %bb32
  %80 = getelementptr inbounds { i8, i8 }, { i8, i8 }* %0, i32 0, i32 0
  %81 = load i8, i8* %80, align 1, !range !1, !noundef !2
  %82 = trunc i8 %81 to i1
  %83 = getelementptr inbounds { i8, i8 }, { i8, i8 }* %0, i32 0, i32 1
  %84 = load i8, i8* %83, align 1
  %85 = zext i1 %82 to i8
  %86 = insertvalue { i8, i8 } undef, i8 %85, 0
  %87 = insertvalue { i8, i8 } %86, i8 %84, 1
  ret { i8, i8 } %87
}

; core::sync::atomic::AtomicU64::fetch_add
; Function Attrs: inlinehint noredzone nounwind nonlazybind
define internal i64 @_ZN4core4sync6atomic9AtomicU649fetch_add17h46de07e2df85f34dE(%"core::sync::atomic::AtomicU64"* align 8 %self, i64 %val, i8 %order) unnamed_addr #0 {
start:
  %_5 = bitcast %"core::sync::atomic::AtomicU64"* %self to i64*
  br label %bb1

bb1:                                              ; preds = %start
; call core::sync::atomic::atomic_add
  %0 = call i64 @_ZN4core4sync6atomic10atomic_add17h7cef0a0d42d3462bE(i64* %_5, i64 %val, i8 %order) #5
  br label %bb2

bb2:                                              ; preds = %bb1
  ret i64 %0
}

; core::result::Result<T,E>::is_ok
; Function Attrs: inlinehint noredzone nounwind nonlazybind
define dso_local zeroext i1 @"_ZN4core6result19Result$LT$T$C$E$GT$5is_ok17h6bfa1b24ea6d7233E"({ i8, i8 }* align 1 %self) unnamed_addr #0 {
start:
  %0 = alloca i8, align 1
  %1 = bitcast { i8, i8 }* %self to i8*
  %2 = load i8, i8* %1, align 1, !range !1, !noundef !2
  %3 = trunc i8 %2 to i1
  %_2 = zext i1 %3 to i64
  %4 = icmp eq i64 %_2, 0
  br i1 %4, label %bb2, label %bb1

bb2:                                              ; preds = %start
  store i8 1, i8* %0, align 1
  br label %bb3

bb1:                                              ; preds = %start
  store i8 0, i8* %0, align 1
  br label %bb3

bb3:                                              ; preds = %bb2, %bb1
  %5 = load i8, i8* %0, align 1, !range !1, !noundef !2
  %6 = trunc i8 %5 to i1
  ret i1 %6
}

; core::result::Result<T,E>::is_err
; Function Attrs: inlinehint noredzone nounwind nonlazybind
define dso_local zeroext i1 @"_ZN4core6result19Result$LT$T$C$E$GT$6is_err17h7b8f6d3fd50582ecE"({ i8, i8 }* align 1 %self) unnamed_addr #0 {
start:
; call core::result::Result<T,E>::is_ok
  %_2 = call zeroext i1 @"_ZN4core6result19Result$LT$T$C$E$GT$5is_ok17h6bfa1b24ea6d7233E"({ i8, i8 }* align 1 %self) #5
  br label %bb1

bb1:                                              ; preds = %start
  %0 = xor i1 %_2, true
  ret i1 %0
}

; core::core_arch::x86::sse2::_mm_pause
; Function Attrs: inlinehint noredzone nounwind nonlazybind
define internal void @_ZN4core9core_arch3x864sse29_mm_pause17h71494c6df215852eE() unnamed_addr #0 {
start:
  call void @llvm.x86.sse2.pause() #5
  br label %bb1

bb1:                                              ; preds = %start
  ret void
}

; kernel::outb
; Function Attrs: noredzone nounwind nonlazybind
define internal void @_ZN6kernel4outb17hbfa291551f080973E(i16 %port, i8 %value) unnamed_addr #1 {
start:
  call void asm sideeffect inteldialect "out dx, al", "{dx},{al}"(i16 %port, i8 %value) #9, !srcloc !5
  br label %bb1

bb1:                                              ; preds = %start
  ret void
}

; kernel::inb
; Function Attrs: noredzone nounwind nonlazybind
define internal i8 @_ZN6kernel3inb17h23e70c80bc37c844E(i16 %port) unnamed_addr #1 {
start:
  %value = alloca i8, align 1
  %0 = call i8 asm sideeffect inteldialect "in al, dx", "=&{al},{dx}"(i16 %port) #9, !srcloc !6
  store i8 %0, i8* %value, align 1
  br label %bb1

bb1:                                              ; preds = %start
  %1 = load i8, i8* %value, align 1
  ret i8 %1
}

; kernel::hlt_loop
; Function Attrs: noredzone noreturn nounwind nonlazybind
define internal void @_ZN6kernel8hlt_loop17hb408a0a239aed8d9E() unnamed_addr #2 {
start:
  br label %bb1

bb1:                                              ; preds = %bb1, %start
  call void asm sideeffect inteldialect "hlt", "~{dirflag},~{fpsr},~{flags}"() #9, !srcloc !7
  br label %bb1
}

; Function Attrs: noredzone nounwind nonlazybind
define dso_local x86_intrcc void @timer_interrupt(%InterruptStackFrame* byval(%InterruptStackFrame) %_frame) unnamed_addr #1 {
start:
  %_5 = alloca i8, align 1
  store i8 0, i8* %_5, align 1
  %0 = load i8, i8* %_5, align 1, !range !4, !noundef !2
; call core::sync::atomic::AtomicU64::fetch_add
  %_2 = call i64 @_ZN4core4sync6atomic9AtomicU649fetch_add17h46de07e2df85f34dE(%"core::sync::atomic::AtomicU64"* align 8 bitcast (<{ [8 x i8] }>* @_ZN6kernel5TICKS17hd0ac2eb896d5fdb6E to %"core::sync::atomic::AtomicU64"*), i64 1, i8 %0) #5
  br label %bb1

bb1:                                              ; preds = %start
; call kernel::outb
  call void @_ZN6kernel4outb17hbfa291551f080973E(i16 32, i8 32) #5
  br label %bb2

bb2:                                              ; preds = %bb1
  ret void
}

; Function Attrs: noredzone nounwind nonlazybind
define dso_local x86_intrcc void @keyboard_interrupt(%InterruptStackFrame* byval(%InterruptStackFrame) %_frame) unnamed_addr #1 {
start:
  %_29 = alloca i8, align 1
  %_9 = alloca i8, align 1
  %_8 = alloca i8, align 1
  %_5 = alloca { i8, i8 }, align 1
; call kernel::inb
  %scancode = call i8 @_ZN6kernel3inb17h23e70c80bc37c844E(i16 96) #5
  br label %bb1

bb1:                                              ; preds = %bb4, %start
  store i8 2, i8* %_8, align 1
  store i8 0, i8* %_9, align 1
  %0 = load i8, i8* %_8, align 1, !range !4, !noundef !2
  %1 = load i8, i8* %_9, align 1, !range !4, !noundef !2
; call core::sync::atomic::AtomicBool::compare_exchange_weak
  %2 = call { i8, i8 } @_ZN4core4sync6atomic10AtomicBool21compare_exchange_weak17h2a1c0c49de85214cE(%"core::sync::atomic::AtomicBool"* align 1 bitcast (<{ [1 x i8] }>* @_ZN6kernel8KEY_LOCK17hcdd113eb5af4b733E to %"core::sync::atomic::AtomicBool"*), i1 zeroext false, i1 zeroext true, i8 %0, i8 %1) #5
  store { i8, i8 } %2, { i8, i8 }* %_5, align 1
  br label %bb2

bb2:                                              ; preds = %bb1
; call core::result::Result<T,E>::is_err
  %_3 = call zeroext i1 @"_ZN4core6result19Result$LT$T$C$E$GT$6is_err17h7b8f6d3fd50582ecE"({ i8, i8 }* align 1 %_5) #5
  br label %bb3

bb3:                                              ; preds = %bb2
  br i1 %_3, label %bb4, label %bb5

bb5:                                              ; preds = %bb3
  %_12 = load i64, i64* bitcast (<{ [8 x i8] }>* @_ZN6kernel9KEY_COUNT17h31617133d1e8a70dE to i64*), align 8
  %_11 = icmp ult i64 %_12, 64
  br i1 %_11, label %bb6, label %bb9

bb4:                                              ; preds = %bb3
; call core::hint::spin_loop
  call void @_ZN4core4hint9spin_loop17h27104bf0564ae216E() #5
  br label %bb1

bb9:                                              ; preds = %bb8, %bb5
  store i8 1, i8* %_29, align 1
  %3 = load i8, i8* %_29, align 1, !range !4, !noundef !2
; call core::sync::atomic::AtomicBool::store
  call void @_ZN4core4sync6atomic10AtomicBool5store17h2ad3bcfe15a94364E(%"core::sync::atomic::AtomicBool"* align 1 bitcast (<{ [1 x i8] }>* @_ZN6kernel8KEY_LOCK17hcdd113eb5af4b733E to %"core::sync::atomic::AtomicBool"*), i1 zeroext false, i8 %3) #5
  br label %bb10

bb6:                                              ; preds = %bb5
  %_20 = load i64, i64* bitcast (<{ [8 x i8] }>* @_ZN6kernel9KEY_COUNT17h31617133d1e8a70dE to i64*), align 8
  %_23 = icmp ult i64 %_20, 64
  %4 = call i1 @llvm.expect.i1(i1 %_23, i1 true)
  br i1 %4, label %bb7, label %panic

bb7:                                              ; preds = %bb6
  %5 = getelementptr inbounds [64 x i8], [64 x i8]* getelementptr inbounds (<{ [64 x i8] }>, <{ [64 x i8] }>* @_ZN6kernel4KEYS17h97c9752c08367a8bE, i32 0, i32 0), i64 0, i64 %_20
  store i8 %scancode, i8* %5, align 1
  %6 = load i64, i64* bitcast (<{ [8 x i8] }>* @_ZN6kernel9KEY_COUNT17h31617133d1e8a70dE to i64*), align 8
  %7 = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 %6, i64 1)
  %_25.0 = extractvalue { i64, i1 } %7, 0
  %_25.1 = extractvalue { i64, i1 } %7, 1
  %8 = call i1 @llvm.expect.i1(i1 %_25.1, i1 false)
  br i1 %8, label %panic1, label %bb8

panic:                                            ; preds = %bb6
; call core::panicking::panic_bounds_check
  call void @_ZN4core9panicking18panic_bounds_check17haa0aa704ba684d7fE(i64 %_20, i64 64, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc90 to %"core::panic::location::Location"*)) #8
  unreachable

bb8:                                              ; preds = %bb7
  store i64 %_25.0, i64* bitcast (<{ [8 x i8] }>* @_ZN6kernel9KEY_COUNT17h31617133d1e8a70dE to i64*), align 8
  br label %bb9

panic1:                                           ; preds = %bb7
; call core::panicking::panic
  call void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1 bitcast ([28 x i8]* @str.0 to [0 x i8]*), i64 28, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc92 to %"core::panic::location::Location"*)) #8
  unreachable

bb10:                                             ; preds = %bb9
; call kernel::outb
  call void @_ZN6kernel4outb17hbfa291551f080973E(i16 32, i8 32) #5
  br label %bb11

bb11:                                             ; preds = %bb10
  ret void
}

; Function Attrs: noredzone nounwind nonlazybind
define dso_local x86_intrcc void @breakpoint(%InterruptStackFrame* byval(%InterruptStackFrame) %frame) unnamed_addr #1 {
start:
  %0 = bitcast %InterruptStackFrame* %frame to i64*
  %_3 = load i64, i64* %0, align 8
  call void @log_breakpoint(i64 %_3) #5
  br label %bb1

bb1:                                              ; preds = %start
  ret void
}

; Function Attrs: noredzone nounwind nonlazybind
define dso_local x86_intrcc void @page_fault(%InterruptStackFrame* byval(%InterruptStackFrame) %_frame, i64 %error_code) unnamed_addr #1 {
start:
  %address = alloca i64, align 8
  %0 = call i64 asm sideeffect inteldialect "mov ${0:q}, cr2", "=&r"() #9, !srcloc !8
  store i64 %0, i64* %address, align 8
  br label %bb1

bb1:                                              ; preds = %start
  %_5 = load i64, i64* %address, align 8
  call void @log_page_fault(i64 %_5, i64 %error_code) #5
  br label %bb2

bb2:                                              ; preds = %bb1
; call kernel::hlt_loop
  call void @_ZN6kernel8hlt_loop17hb408a0a239aed8d9E() #8
  unreachable
}

; Function Attrs: noredzone noreturn nounwind nonlazybind
define dso_local x86_intrcc void @double_fault(%InterruptStackFrame* byval(%InterruptStackFrame) %_frame, i64 %_error_code) unnamed_addr #2 {
start:
  %_4 = alloca %"core::fmt::Arguments", align 8
; call core::fmt::Arguments::new_v1
  call void @_ZN4core3fmt9Arguments6new_v117h3784d1b1bb899fbbE(%"core::fmt::Arguments"* sret(%"core::fmt::Arguments") %_4, [0 x { [0 x i8]*, i64 }]* align 8 bitcast (<{ i8*, [8 x i8] }>* @alloc71 to [0 x { [0 x i8]*, i64 }]*), i64 1, [0 x { i8*, i64* }]* align 8 bitcast (<{}>* @alloc73 to [0 x { i8*, i64* }]*), i64 0) #5
  br label %bb1

bb1:                                              ; preds = %start
; call core::panicking::panic_fmt
  call void @_ZN4core9panicking9panic_fmt17h11223f0b8c31003aE(%"core::fmt::Arguments"* %_4, %"core::panic::location::Location"* align 8 bitcast (<{ i8*, [16 x i8] }>* @alloc94 to %"core::panic::location::Location"*)) #8
  unreachable
}

; Function Attrs: noredzone noreturn nounwind nonlazybind
define dso_local void @rust_begin_unwind(%"core::panic::panic_info::PanicInfo"* align 8 %_1) unnamed_addr #2 {
start:
; call kernel::hlt_loop
  call void @_ZN6kernel8hlt_loop17hb408a0a239aed8d9E() #8
  unreachable
}

; core::panicking::panic_fmt
; Function Attrs: cold noinline noredzone noreturn nounwind nonlazybind
declare dso_local void @_ZN4core9panicking9panic_fmt17h11223f0b8c31003aE(%"core::fmt::Arguments"*, %"core::panic::location::Location"* align 8) unnamed_addr #3

; Function Attrs: inaccessiblememonly nofree nosync nounwind willreturn
declare void @llvm.assume(i1 noundef) #4

; Function Attrs: nounwind
declare dso_local void @llvm.x86.sse2.pause() unnamed_addr #5

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i1 @llvm.expect.i1(i1, i1) #6

; core::panicking::panic_bounds_check
; Function Attrs: cold noinline noredzone noreturn nounwind nonlazybind
declare dso_local void @_ZN4core9panicking18panic_bounds_check17haa0aa704ba684d7fE(i64, i64, %"core::panic::location::Location"* align 8) unnamed_addr #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.uadd.with.overflow.i64(i64, i64) #7

; core::panicking::panic
; Function Attrs: cold noinline noredzone noreturn nounwind nonlazybind
declare dso_local void @_ZN4core9panicking5panic17h2c88932fe82bb6e8E([0 x i8]* align 1, i64, %"core::panic::location::Location"* align 8) unnamed_addr #3

; Function Attrs: noredzone nounwind nonlazybind
declare dso_local void @log_breakpoint(i64) unnamed_addr #1

; Function Attrs: noredzone nounwind nonlazybind
declare dso_local void @log_page_fault(i64, i64) unnamed_addr #1

attributes #0 = { inlinehint noredzone nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" "target-features"="-mmx,-sse,+soft-float" }
attributes #1 = { noredzone nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" "target-features"="-mmx,-sse,+soft-float" }
attributes #2 = { noredzone noreturn nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" "target-features"="-mmx,-sse,+soft-float" }
attributes #3 = { cold noinline noredzone noreturn nounwind nonlazybind "probe-stack"="__rust_probestack" "target-cpu"="x86-64" "target-features"="-mmx,-sse,+soft-float" }
attributes #4 = { inaccessiblememonly nofree nosync nounwind willreturn }
attributes #5 = { nounwind }
attributes #6 = { nofree nosync nounwind readnone willreturn }
attributes #7 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #8 = { noreturn nounwind }
attributes #9 = { inaccessiblememonly }

!llvm.module.flags = !{!0}

!0 = !{i32 2, !"RtLibUseGOT", i32 1}
!1 = !{i8 0, i8 2}
!2 = !{}
!3 = !{i64 8}
!4 = !{i8 0, i8 5}
!5 = !{i32 948}
!6 = !{i32 1100}
!7 = !{i32 1255}
!8 = !{i32 2430}
