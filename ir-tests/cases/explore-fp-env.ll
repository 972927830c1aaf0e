; id: explore-fp-env
; title: a handler that computes in floating point runs with the interrupted code's rounding mode and exception masks
; wrong: nothing the convention promises: x86_intrcc saves the registers a handler uses and never loads a known x87 control word or MXCSR, so the body rounds and traps as the interrupted code set them
; correct: a handler that needs a known FP environment saves the old one and sets its own (fnstcw/fldcw, stmxcsr/ldmxcsr), or does no floating point (-mgeneral-regs-only)
; gcc: saves no x87, MMX or SSE state in interrupt handlers and asks for -mgeneral-regs-only (GCC's documentation of the x86 interrupt attribute)
; target: i686-unknown-linux-gnu
; target: x86_64-unknown-linux-gnu
; subject: fp-env-inherited
; expect: i686-unknown-linux-gnu @ llvm>=13: fp-env-inherited mmx-state-clobbered x87-state-clobbered
; expect: x86_64-unknown-linux-gnu @ llvm>=13: fp-env-inherited mxcsr-clobbered
; after-fix: * @ llvm>=13: none
; oracle: i686-unknown-linux-gnu @ llvm>=13: mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: x86_64-unknown-linux-gnu @ llvm>=13: none; CR0.TS=1: #NM
; oracle-after-fix: * @ llvm>=13: none; CR0.TS=1: #NM
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: iretlab explore --seed 2026 (the one-hour run): fp-env-inherited in every handler with float arithmetic, x87 and SSE, on i386, i686 and x86_64, LLVM 16 to 22 (e.g. explore_000097, explore_000022)
; note: Expected, not a calling-convention bug: what the handler asks for. The case makes explore class it KNOWN.
; RUN: llc -mtriple=i686-unknown-linux-gnu -O2 -relocation-model=static < %s
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O2 -relocation-model=static < %s
target triple = "x86_64-unknown-linux-gnu"

@value = dso_local global float 0.000000e+00, align 4

define x86_intrcc void @h() #0 {
entry:
  %v = load volatile float, ptr @value, align 4
  %scaled = fmul float %v, 3.000000e+00
  store volatile float %scaled, ptr @value, align 4
  ret void
}

; The spill of the SSE register would otherwise sit in the red zone: noredzone keeps the case to its subject.
attributes #0 = { noredzone }
