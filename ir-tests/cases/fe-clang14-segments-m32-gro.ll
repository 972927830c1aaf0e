; id: fe-clang14-segments-m32-gro
; title: Clang 14, -m32 -mgeneral-regs-only: handlers that load DS/ES/FS/GS with the kernel selector, once without restoring them, once restoring them (registers, and push/pop)
; wrong: gp_fault_reload returns to the interrupted code with its data segment registers replaced by 0x10
; correct: save the selectors and put them back before iret, as gp_fault_saved (mov) and spurious_pushpop (push/pop) do
; target: i386-pc-linux-gnu
; subject: none
; expect: i386-pc-linux-gnu @ llvm=13: N/A
; expect: i386-pc-linux-gnu @ llvm>=14: segment-clobbered
; after-fix: i386-pc-linux-gnu @ llvm=13: N/A
; after-fix: i386-pc-linux-gnu @ llvm>=14: segment-clobbered
; oracle: i386-pc-linux-gnu @ llvm=13: N/A
; oracle: i386-pc-linux-gnu @ llvm>=14: segment-clobbered; CR0.TS=1: no-fault
; oracle-after-fix: i386-pc-linux-gnu @ llvm=13: N/A
; oracle-after-fix: i386-pc-linux-gnu @ llvm>=14: segment-clobbered; CR0.TS=1: no-fault
; reads: llvm>=14
; reads-bitcode: llvm>=14
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: clang-14 -O2 -m32 -mgeneral-regs-only -ffreestanding -fno-pic from ir-tests/frontend/segments.c by produce.sh; pattern of ngiddings/quark-kernel (isr_gp_fault, isr_page_fault)
; RUN: llc -mtriple=i386-pc-linux-gnu -O2 -relocation-model=static < %s
; ModuleID = 'segments.c'
source_filename = "segments.c"
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i386-pc-linux-gnu"

%struct.interrupt_frame = type { i32, i32, i32, i32, i32 }

@last_gp_error = dso_local local_unnamed_addr global i32 0, align 4
@irq7_spurious = dso_local global i32 0, align 4
@llvm.compiler.used = appending global [3 x i8*] [i8* bitcast (void (%struct.interrupt_frame*, i32)* @gp_fault_reload to i8*), i8* bitcast (void (%struct.interrupt_frame*, i32)* @gp_fault_saved to i8*), i8* bitcast (void (%struct.interrupt_frame*)* @spurious_pushpop to i8*)], section "llvm.metadata"

; Function Attrs: nounwind
define dso_local x86_intrcc void @gp_fault_reload(%struct.interrupt_frame* nocapture noundef readnone byval(%struct.interrupt_frame) %0, i32 noundef %1) #0 {
  call void asm sideeffect "mov $$0x10, %ax\0A\09mov %ax, %ds\0A\09mov %ax, %es\0A\09mov %ax, %fs\0A\09mov %ax, %gs", "~{ax},~{dirflag},~{fpsr},~{flags}"() #1, !srcloc !3
  store i32 %1, i32* @last_gp_error, align 4, !tbaa !4
  ret void
}

; Function Attrs: nounwind
define dso_local x86_intrcc void @gp_fault_saved(%struct.interrupt_frame* nocapture noundef readnone byval(%struct.interrupt_frame) %0, i32 noundef %1) #0 {
  %3 = call { i16, i16 } asm sideeffect "mov %ds, $0\0A\09mov %es, $1", "=r,=r,~{dirflag},~{fpsr},~{flags}"() #1, !srcloc !8
  %4 = extractvalue { i16, i16 } %3, 0
  %5 = extractvalue { i16, i16 } %3, 1
  call void asm sideeffect "mov $0, %ds\0A\09mov $0, %es", "r,~{dirflag},~{fpsr},~{flags}"(i16 16) #1, !srcloc !9
  store i32 %1, i32* @last_gp_error, align 4, !tbaa !4
  call void asm sideeffect "mov $0, %es\0A\09mov $1, %ds", "r,r,~{dirflag},~{fpsr},~{flags}"(i16 %5, i16 %4) #1, !srcloc !10
  ret void
}

; Function Attrs: nounwind
define dso_local x86_intrcc void @spurious_pushpop(%struct.interrupt_frame* nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  call void asm sideeffect "push %ds\0A\09mov $$0x10, %ax\0A\09mov %ax, %ds\0A\09incl $0\0A\09pop %ds", "=*m,*m,~{ax},~{dirflag},~{fpsr},~{flags}"(i32* nonnull elementtype(i32) @irq7_spurious, i32* nonnull elementtype(i32) @irq7_spurious) #1, !srcloc !11
  ret void
}

attributes #0 = { nounwind "disable-tail-calls"="true" "frame-pointer"="none" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="i686" "target-features"="+cx8,-3dnow,-3dnowa,-aes,-avx,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512er,-avx512f,-avx512fp16,-avx512ifma,-avx512pf,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxvnni,-f16c,-fma,-fma4,-gfni,-kl,-mmx,-pclmul,-sha,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-x87,-xop" "tune-cpu"="generic" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 1, !"NumRegisterParameters", i32 0}
!1 = !{i32 1, !"wchar_size", i32 4}
!2 = !{!"Debian clang version 14.0.6"}
!3 = !{i64 522, i64 540, i64 558, i64 576, i64 594}
!4 = !{!5, !5, i64 0}
!5 = !{!"long", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{i64 941, i64 956}
!9 = !{i64 1016, i64 1031}
!10 = !{i64 1127, i64 1142}
!11 = !{i64 1371, i64 1383, i64 1402, i64 1420, i64 1431}
