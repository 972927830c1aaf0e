; id: 38
; title: a handler that divides by a global the harness leaves 0 before it calls out: #DE in every scenario, so nothing after it runs
; upstream: none: found by iretlab explore (docs/explore.md, the one-hour run: the i64-div bodies), a disagreement of iretlab's own two verdicts
; wrong: the call to ext is made with RSP 8 mod 16 (an error-code handler, llvm#224029) and the ABI lets ext clobber x87, MMX and MXCSR: the static verdict finds all of it. Under QEMU the idivq before the call raises #DE in every scenario (the divisor is 0), so no scenario reaches the call or the iret: the oracle once listed each of those kinds as "found statically, not under QEMU"
; correct: what no scenario reaches is not judged by the oracle (docs/oracle.md): it reports the #DE (handler-fault) and compares nothing it did not see
; target: x86_64-unknown-linux-gnu
; subject: none
; expect: x86_64-unknown-linux-gnu @ llvm>=13: misaligned-call-site mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; after-fix: x86_64-unknown-linux-gnu @ llvm>=13: none
; oracle: x86_64-unknown-linux-gnu @ llvm>=13: handler-fault; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-linux-gnu @ llvm>=13: handler-fault; CR0.TS=1: #NM
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -relocation-model=static < %s
target triple = "x86_64-unknown-linux-gnu"

%F64 = type { i64, i64, i64, i64, i64 }

@numerator = dso_local global i64 0, align 8
@denominator = dso_local global i64 0, align 8
@quotient = dso_local global i64 0, align 8

define x86_intrcc void @h(ptr byval(%F64) %f, i64 %ec) #0 {
entry:
  %n = load volatile i64, ptr @numerator, align 8
  %d = load volatile i64, ptr @denominator, align 8
  %q = sdiv i64 %n, %d
  store volatile i64 %q, ptr @quotient, align 8
  call void @ext()
  ret void
}

declare void @ext()

attributes #0 = { "disable-tail-calls"="true" }
