; id: explore-probe-realign8-x86_64
; title: x86-64 handler with "stackrealign" whose frame needs only 8: andq $-8 keeps RSP 16-aligned for the stack probe's call
; upstream: none: the probe's RAX is explore-probe-eax's bug; this case is about the analyser
; wrong: the probe's frame size is left in RAX (explore-probe-eax); nothing else: the probe is called with RSP 16-aligned, since the CPU's frame leaves RSP 8 mod 16, pushq %rbp makes it 16-aligned and andq $-8 keeps it so. The analyser made andq $-8 a new base known only to be 8-aligned and reported misaligned-call-site at callq __probestack, which QEMU did not see (explore_000269 of the third run, a mutation of explore-probe-eax with "stackrealign")
; correct: as explore-probe-eax: RAX saved and restored around the probe
; target: x86_64-unknown-linux-gnu
; subject: gpr-clobbered
; expect: x86_64-unknown-linux-gnu @ llvm>=13: gpr-clobbered missing-cld
; after-fix: x86_64-unknown-linux-gnu @ llvm>=13: gpr-clobbered missing-cld
; oracle: x86_64-unknown-linux-gnu @ llvm>=13: gpr-clobbered missing-cld; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm>=13: gpr-clobbered missing-cld; CR0.TS=1: no-fault
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: iretlab explore --seed 20261203 (the third one-hour run): explore_000269, DISAGREE misaligned-call-site found statically, not under QEMU; the analyser now keeps what is known of an address that and $-N cannot change (StaticCheckTest.roundingAnAlignedStackPointerKeepsItsAlignment)
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -relocation-model=static < %s
target triple = "x86_64-unknown-linux-gnu"

define x86_intrcc void @h() #0 {
entry:
  %buf = alloca [8192 x i8], align 4
  store volatile i8 1, ptr %buf, align 4
  ret void
}

attributes #0 = { "probe-stack"="__probestack" "stackrealign" }
