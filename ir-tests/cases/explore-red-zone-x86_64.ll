; id: explore-red-zone
; title: a leaf x86_64 handler without noredzone keeps its locals below RSP (the red zone), as GCC does
; wrong: nothing the convention promises: without the noredzone attribute (-mno-red-zone) a leaf handler's locals sit in the 128 bytes below RSP, where an NMI or exception taken on the same stack (no IST) pushes its frame
; correct: handlers built with noredzone (-mno-red-zone, as Linux and blog_os build their kernels): the locals are allocated with subq below the pushes
; gcc: uses the red zone in interrupt handlers too unless -mno-red-zone: gcc.target/i386/interrupt-redzone-1.c expects no stack adjustment under 128 bytes with -mred-zone, interrupt-redzone-2.c one above
; target: x86_64-unknown-linux-gnu
; subject: red-zone-use
; expect: x86_64-unknown-linux-gnu @ llvm>=13: red-zone-use
; after-fix: x86_64-unknown-linux-gnu @ llvm>=13: red-zone-use
; oracle: x86_64-unknown-linux-gnu @ llvm>=13: stack-below-sp-use; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm>=13: stack-below-sp-use; CR0.TS=1: no-fault
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: iretlab explore --seed 2026 (the one-hour run): red-zone-use in 112 generated handlers on LLVM 16 to 22 (e.g. explore_000019), its oracle counterpart stack-below-sp-use in 70
; source: LLVM's X86FrameLowering::has128ByteRedZone leaves out only the Win64 convention and the noredzone attribute, not x86_intrcc
; note: Expected, not a calling-convention bug: the red zone is the kernel's build choice. The case makes explore class it KNOWN.
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -relocation-model=static < %s
target triple = "x86_64-unknown-linux-gnu"

%F64 = type { i64, i64, i64, i64, i64 }

@sink = dso_local global i64 0, align 8

define x86_intrcc void @h(ptr byval(%F64) %frame) {
entry:
  %buf = alloca [4 x i64], align 16
  %v = load volatile i64, ptr @sink, align 8
  %last = getelementptr inbounds [4 x i64], ptr %buf, i64 0, i64 3
  store volatile i64 %v, ptr %buf, align 16
  store volatile i64 %v, ptr %last, align 8
  %w = load volatile i64, ptr %last, align 8
  store volatile i64 %w, ptr @sink, align 8
  ret void
}
