; id: explore-probe-eax
; title: a leaf handler whose frame needs a stack probe returns with the frame size in EAX/RAX
; upstream: none: not filed (found by iretlab explore, seed 2026, explore_000133)
; wrong: the prologue loads the frame size into EAX/RAX for the probe call (movl $SIZE, %eax; calll _chkstk / callq __probestack) and the handler never saves or restores it: the body does not use EAX, so it is no callee-saved register to spill, and LLVM pushes EAX around the probe only when it is live-in or used; the interrupted code gets the frame size back in EAX/RAX
; correct: EAX/RAX saved before the mov (push) and restored before the iret, as for any other register the handler writes; the probe itself keeps every register but AX (X86FrameLowering::emitStackProbeCall marks only AX, SP and EFLAGS defined)
; target: i686-pc-windows-msvc-elf
; target: x86_64-unknown-linux-gnu
; subject: gpr-clobbered
; expect: i686-pc-windows-msvc-elf @ llvm>=13: gpr-clobbered missing-cld
; expect: x86_64-unknown-linux-gnu @ llvm>=13: gpr-clobbered misaligned-call-site missing-cld
; after-fix: i686-pc-windows-msvc-elf @ llvm>=13: gpr-clobbered missing-cld
; after-fix: x86_64-unknown-linux-gnu @ llvm>=13: gpr-clobbered misaligned-call-site missing-cld
; oracle: i686-pc-windows-msvc-elf @ llvm>=13: gpr-clobbered missing-cld; CR0.TS=1: no-fault
; oracle: x86_64-unknown-linux-gnu @ llvm>=13: gpr-clobbered misaligned-call-site missing-cld; CR0.TS=1: no-fault
; oracle-after-fix: i686-pc-windows-msvc-elf @ llvm>=13: gpr-clobbered missing-cld; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm>=13: gpr-clobbered misaligned-call-site missing-cld; CR0.TS=1: no-fault
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: iretlab explore --seed 2026 (the one-hour run): gpr-clobbered on EAX at iretl after calll inline-asm (probe-stack=inline-asm on i686-pc-windows-msvc-elf, explore_000133); reduced to a leaf with one 8 KiB local, and the x86_64 form with "probe-stack"="__probestack" (rustc named __rust_probestack on x86_64 before inline probes)
; note: iretlab models every stack probe as LLVM's call does (analysis/RuntimeHelper, the oracle's stand-ins likewise): a 32-bit Windows probe moves ESP down by EAX and may change EAX; any other keeps every register, AX included, and the prologue subtracts AX from SP after it. The x86_64 misaligned-call-site at the probe is the ordinary rule (the probe is called with RSP 8 mod 16 at a handler's entry, as in any function's prologue), and missing-cld is explore-cld-probe-i686's subject.
; RUN: llc -mtriple=i686-pc-windows-msvc-elf -O2 -relocation-model=static < %s
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -relocation-model=static < %s
target triple = "x86_64-unknown-linux-gnu"

define x86_intrcc void @h() #0 {
entry:
  %buf = alloca [8192 x i8], align 4
  store volatile i8 1, ptr %buf, align 4
  ret void
}

attributes #0 = { "probe-stack"="__probestack" }
