; id: fe-clang19-ctlregs-x86_64-gro
; title: Clang 19, x86-64 -mgeneral-regs-only: system instructions in handlers: mov from CR2, invlpg, rdtsc, CR3 reload, wrmsr, clts, swapgs
; wrong: nothing, if the handlers are judged right
; correct: each instruction changes only what it names (rdtsc: EDX:EAX; wrmsr: the MSR; clts: CR0.TS; swapgs: the GS base, swapped back on the same path)
; target: x86_64-unknown-linux-gnu
; subject: none
; expect: x86_64-unknown-linux-gnu @ llvm13-14: N/A
; expect: x86_64-unknown-linux-gnu @ llvm>=15: none
; after-fix: x86_64-unknown-linux-gnu @ llvm13-14: N/A
; after-fix: x86_64-unknown-linux-gnu @ llvm>=15: none
; oracle: x86_64-unknown-linux-gnu @ llvm13-14: N/A
; oracle: x86_64-unknown-linux-gnu @ llvm>=15: handler-fault; CR0.TS=1: #PF no-fault
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm13-14: N/A
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm>=15: handler-fault; CR0.TS=1: #PF no-fault
; reads: llvm>=19
; reads-bitcode: llvm>=15
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: clang-19 -O2 -mno-red-zone -mgeneral-regs-only -ffreestanding -fno-pic -target x86_64-unknown-linux-gnu from ir-tests/frontend/ctlregs.c by produce.sh; patterns of ngiddings/quark-kernel (CR2, CR3) and youngbe/myos_io (wrmsr EOI)
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -relocation-model=static < %s
; ModuleID = 'ctlregs.c'
source_filename = "ctlregs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.interrupt_frame = type { i64, i64, i64, i64, i64 }

@page_table = dso_local local_unnamed_addr global [1024 x i64] zeroinitializer, align 16
@fault_stamp = dso_local local_unnamed_addr global i64 0, align 8
@shootdowns = dso_local global i64 0, align 8
@fpu_switches = dso_local global i64 0, align 8
@percpu_hits = dso_local local_unnamed_addr global [64 x i64] zeroinitializer, align 16
@llvm.compiler.used = appending global [4 x ptr] [ptr @ipi_percpu, ptr @nm_lazy_fpu, ptr @pf_demand, ptr @tlb_shootdown], section "llvm.metadata"

; Function Attrs: noredzone nounwind
define dso_local x86_intrcc void @pf_demand(ptr nocapture noundef readnone byval(%struct.interrupt_frame) %0, i64 %1) #0 {
  %3 = call i64 asm sideeffect "mov %cr2, $0", "=r,~{dirflag},~{fpsr},~{flags}"() #1, !srcloc !2
  %4 = and i64 %3, -4096
  %5 = or disjoint i64 %4, 3
  %6 = lshr i64 %3, 12
  %7 = and i64 %6, 1023
  %8 = getelementptr inbounds [1024 x i64], ptr @page_table, i64 0, i64 %7
  store i64 %5, ptr %8, align 8, !tbaa !3
  call void asm sideeffect "invlpg ($0)", "r,~{memory},~{dirflag},~{fpsr},~{flags}"(i64 %3) #1, !srcloc !7
  %9 = call { i32, i32 } asm sideeffect "rdtsc", "={ax},={dx},~{dirflag},~{fpsr},~{flags}"() #1, !srcloc !8
  %10 = extractvalue { i32, i32 } %9, 0
  %11 = extractvalue { i32, i32 } %9, 1
  %12 = zext i32 %11 to i64
  %13 = shl nuw i64 %12, 32
  %14 = zext i32 %10 to i64
  %15 = or disjoint i64 %13, %14
  store i64 %15, ptr @fault_stamp, align 8, !tbaa !9
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local x86_intrcc void @tlb_shootdown(ptr nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  %2 = call i64 asm sideeffect "mov %cr3, $0\0A\09mov $0, %cr3", "=r,~{memory},~{dirflag},~{fpsr},~{flags}"() #1, !srcloc !11
  %3 = load volatile i64, ptr @shootdowns, align 8, !tbaa !3
  %4 = add i64 %3, 1
  store volatile i64 %4, ptr @shootdowns, align 8, !tbaa !3
  call void asm sideeffect "wrmsr", "{cx},{ax},{dx},~{dirflag},~{fpsr},~{flags}"(i32 2059, i32 0, i32 0) #1, !srcloc !12
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local x86_intrcc void @nm_lazy_fpu(ptr nocapture noundef readnone byval(%struct.interrupt_frame) %0) #0 {
  call void asm sideeffect "clts", "~{dirflag},~{fpsr},~{flags}"() #1, !srcloc !13
  %2 = load volatile i64, ptr @fpu_switches, align 8, !tbaa !3
  %3 = add i64 %2, 1
  store volatile i64 %3, ptr @fpu_switches, align 8, !tbaa !3
  ret void
}

; Function Attrs: noredzone nounwind
define dso_local x86_intrcc void @ipi_percpu(ptr nocapture noundef readonly byval(%struct.interrupt_frame) %0) #0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load i64, ptr %2, align 8, !tbaa !14
  %4 = and i64 %3, 3
  %5 = icmp eq i64 %4, 0
  br i1 %5, label %12, label %6

6:                                                ; preds = %1
  call void asm sideeffect "swapgs", "~{dirflag},~{fpsr},~{flags}"() #1, !srcloc !16
  %7 = call i64 asm sideeffect "mov %gs:0, $0", "=r,~{dirflag},~{fpsr},~{flags}"() #1, !srcloc !17
  %8 = and i64 %7, 63
  %9 = getelementptr inbounds [64 x i64], ptr @percpu_hits, i64 0, i64 %8
  %10 = load i64, ptr %9, align 8, !tbaa !3
  %11 = add i64 %10, 1
  store i64 %11, ptr %9, align 8, !tbaa !3
  call void asm sideeffect "swapgs", "~{dirflag},~{fpsr},~{flags}"() #1, !srcloc !18
  br label %18

12:                                               ; preds = %1
  %13 = call i64 asm sideeffect "mov %gs:0, $0", "=r,~{dirflag},~{fpsr},~{flags}"() #1, !srcloc !17
  %14 = and i64 %13, 63
  %15 = getelementptr inbounds [64 x i64], ptr @percpu_hits, i64 0, i64 %14
  %16 = load i64, ptr %15, align 8, !tbaa !3
  %17 = add i64 %16, 1
  store i64 %17, ptr %15, align 8, !tbaa !3
  br label %18

18:                                               ; preds = %12, %6
  ret void
}

attributes #0 = { noredzone nounwind "disable-tail-calls"="true" "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,-aes,-avx,-avx10.1-256,-avx10.1-512,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-f16c,-fma,-fma4,-gfni,-kl,-mmx,-pclmul,-sha,-sha512,-sm3,-sm4,-sse,-sse2,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-vaes,-vpclmulqdq,-widekl,-x87,-xop" "tune-cpu"="generic" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = !{i64 821}
!3 = !{!4, !4, i64 0}
!4 = !{!"long", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{i64 943}
!8 = !{i64 563}
!9 = !{!10, !10, i64 0}
!10 = !{!"long long", !5, i64 0}
!11 = !{i64 1157, i64 1173}
!12 = !{i64 1256}
!13 = !{i64 1415}
!14 = !{!15, !4, i64 8}
!15 = !{!"interrupt_frame", !4, i64 0, !4, i64 8, !4, i64 16, !4, i64 24, !4, i64 32}
!16 = !{i64 1650}
!17 = !{i64 1682}
!18 = !{i64 1786}
