; id: explore-mxcsr-call-i686
; title: a 32-bit SSE handler calling a function saves no MXCSR (llvm#41189 on i686)
; upstream: llvm/llvm-project#41189
; wrong: the callee may change MXCSR (the i386 ABI keeps only its control bits across a call, and a callee compiled elsewhere may not even do that); the handler never saves it, so the interrupted code resumes with another MXCSR
; correct: MXCSR saved before the call and restored before iretl (stmxcsr/ldmxcsr, or fxsave/fxrstor with the rest of the SSE state)
; gcc: refuses SSE in interrupt handlers ("SSE instructions aren't allowed in an interrupt service routine") and asks for -mgeneral-regs-only
; target: i686-unknown-linux-gnu mattr=+sse2
; subject: mxcsr-clobbered
; expect: i686-unknown-linux-gnu mattr=+sse2 @ llvm13-16: misaligned-call-site misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu mattr=+sse2 @ llvm>=17: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; after-fix: i686-unknown-linux-gnu mattr=+sse2 @ llvm>=13: none
; oracle: i686-unknown-linux-gnu mattr=+sse2 @ llvm>=13: handler-fault misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu mattr=+sse2 @ llvm>=13: none; CR0.TS=1: #NM
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: iretlab explore --seed 2026 (the one-hour run): mxcsr-clobbered at calls (ext, __divdi3, _alldiv, _chkstk) and SSE arithmetic in 32-bit handlers on LLVM 16 to 22, 22 signatures (e.g. explore_000010), none of them a case's subject on 32 bits
; note: The same bug as case 11a on x86_64; the corpus had no 32-bit case, so explore classed every 32-bit MXCSR finding NEW.
; RUN: llc -mtriple=i686-unknown-linux-gnu -O2 -mattr=+sse2 -relocation-model=static < %s
target triple = "i686-unknown-linux-gnu"

%F32 = type { i32, i32, i32 }

declare dso_local void @ext()

define x86_intrcc void @h(ptr byval(%F32) %frame) {
entry:
  call void @ext()
  ret void
}
