; id: fe-rustc-handlers-x86_64
; title: rustc 1.95 (LLVM 22.1.2): a timer tick and a page fault handler written with extern "x86-interrupt"
; upstream: rust-lang/rust#40180, llvm/llvm-project#224029
; wrong: the page fault handler calls out with RSP 8 mod 16 (llvm#224029) as LLVM 20 compiles it; rustc's own LLVM 22 is for the matrix's llc-22 to judge; the IR text is LLVM 22's (memory(... target_mem0 ...)), which LLVM 20 cannot parse, but LLVM 20 reads the bitcode
; correct: the frame taken by value (byval(InterruptStackFrame), as here), the error code as u64, and code judged by an LLVM that reads the file
; target: x86_64-unknown-linux-gnu
; subject: misaligned-call-site
; expect: x86_64-unknown-linux-gnu @ llvm<=19: N/A
; expect: x86_64-unknown-linux-gnu @ llvm>=20: misaligned-call-site mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; after-fix: x86_64-unknown-linux-gnu @ llvm13-19: N/A
; after-fix: x86_64-unknown-linux-gnu @ llvm>=20: none
; oracle: x86_64-unknown-linux-gnu @ llvm13-19: N/A
; oracle: x86_64-unknown-linux-gnu @ llvm>=20: misaligned-call-site mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM no-fault
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm13-19: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm>=20: none; CR0.TS=1: #NM no-fault
; reads: llvm>=22
; reads-bitcode: llvm>=20
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: our run: RUSTC_BOOTSTRAP=1 rustc 1.95.0 --crate-type=lib -C opt-level=2 -C panic=abort --emit=llvm-ir,llvm-bc from ir-tests/frontend/handlers.rs by produce.sh; the embedded LLVM 20.1.7 refuses the text at line 41 (a memory(...) location it does not know) and reads the bitcode; Debian llc 14.0.6 reads neither (measured); 15 to 19 not run here
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -relocation-model=static < %s
; ModuleID = 'handlers.f050fde91d6198d8-cgu.0'
source_filename = "handlers.f050fde91d6198d8-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_RNvCskDciJsg89Om_8handlers5TICKS = internal global [8 x i8] zeroinitializer, align 8

; __rustc::rust_begin_unwind
; Function Attrs: nofree norecurse noreturn nosync nounwind nonlazybind memory(none) uwtable
define void @_RNvCsfLfy6EI15iL_7___rustc17rust_begin_unwind(ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %_1) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb1, %start
  br label %bb1
}

; Function Attrs: nounwind nonlazybind uwtable
define x86_intrcc void @page_fault(ptr noalias noundef readnone byval([40 x i8]) align 8 captures(none) dereferenceable(40) %_frame, i64 noundef %error_code) unnamed_addr #1 {
start:
  %0 = tail call i64 asm sideeffect alignstack inteldialect "mov ${0:q}, cr2", "=&r,~{dirflag},~{fpsr},~{flags},~{memory}"() #3, !srcloc !3
  tail call void @log_page_fault(i64 noundef %0, i64 noundef %error_code) #3
  ret void
}

; Function Attrs: nofree norecurse nounwind nonlazybind memory(readwrite, argmem: none, target_mem0: none, target_mem1: none) uwtable
define x86_intrcc void @timer_tick(ptr noalias noundef readnone byval([40 x i8]) align 8 captures(none) dereferenceable(40) %_frame) unnamed_addr #2 {
start:
  %0 = load volatile i64, ptr @_RNvCskDciJsg89Om_8handlers5TICKS, align 8
  %_3 = add i64 %0, 1
  store volatile i64 %_3, ptr @_RNvCskDciJsg89Om_8handlers5TICKS, align 8
  ret void
}

; Function Attrs: nounwind nonlazybind uwtable
declare void @log_page_fault(i64 noundef, i64 noundef) unnamed_addr #1

attributes #0 = { nofree norecurse noreturn nosync nounwind nonlazybind memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nofree norecurse nounwind nonlazybind memory(readwrite, argmem: none, target_mem0: none, target_mem1: none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{i64 3453153706777}
