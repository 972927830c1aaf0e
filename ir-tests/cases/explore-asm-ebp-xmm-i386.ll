; id: explore-asm-ebp-xmm-i386
; title: inline asm that clobbers EBP in a realigned 32-bit SSE handler: the xmm registers are reloaded through the clobbered EBP
; upstream: llvm/llvm-project#17204 (fixed by llvm/llvm-project#81048: FP/BP spilled around instructions that clobber them)
; wrong: with "stackrealign" and SSE2 the handler saves xmm0-7 in EBP-based slots, the asm zeroes EBP, and the reloads before iret read from -152(%ebp) near address 0: the interrupted code's xmm registers come back from the wrong memory, or the reload faults
; correct: EBP saved around the asm (pushl %ebp ... popl %ebp), as LLVM 20 does, so that the reloads and the epilogue's leal -12(%ebp), %esp find the frame
; target: i386-unknown-none mattr=+sse2
; subject: vector-clobbered
; expect: i386-unknown-none mattr=+sse2 @ llvm13-19: gpr-clobbered mmx-state-clobbered mxcsr-clobbered sp-at-iret-wrong unknown-instruction vector-clobbered x87-state-clobbered
; expect: i386-unknown-none mattr=+sse2 @ llvm>=20: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; after-fix: i386-unknown-none mattr=+sse2 @ llvm13-19: gpr-clobbered sp-at-iret-wrong unknown-instruction vector-clobbered
; after-fix: i386-unknown-none mattr=+sse2 @ llvm>=20: none
; oracle: i386-unknown-none mattr=+sse2 @ llvm13-19: handler-fault; CR0.TS=1: #NM
; oracle: i386-unknown-none mattr=+sse2 @ llvm>=20: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: i386-unknown-none mattr=+sse2 @ llvm13-19: handler-fault; CR0.TS=1: #NM
; oracle-after-fix: i386-unknown-none mattr=+sse2 @ llvm>=20: none; CR0.TS=1: #NM
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: iretlab explore --seed 2026 (the second one-hour run): explore_001976 (case 35 mutated to i386 +sse2 with "stackrealign") and explore_000991 (+avx2): vector-clobbered at iretl on LLVM 16-19, the gpr-clobbered and sp-at-iret-wrong of case 35 beside it
; RUN: llc -mtriple=i386-unknown-none -O2 -mattr=+sse2 -relocation-model=static < %s
target triple = "i386-unknown-none"

declare void @ext()

define x86_intrcc void @h(ptr byval(i32) %frame) #0 {
entry:
  call void asm sideeffect "xorl %ebp, %ebp", "~{ebp},~{dirflag},~{fpsr},~{flags}"()
  call void @ext()
  ret void
}

attributes #0 = { "stackrealign" }
