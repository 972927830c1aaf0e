; id: 13b
; title: i686 error code as i64 legalizes into two parts, which CC_X86_Intr cannot place
; upstream: rust-lang/rust#132835, D56944
; wrong: LLVM ERROR: unsupported x86 interrupt prototype: a process-killing fatal error instead of a diagnostic (rust#132835)
; correct: a diagnostic; iretlab's byval-frame-check refuses it before codegen
; target: i686-unknown-linux-gnu
; subject: none
; expect: i686-unknown-linux-gnu @ llvm>=13: REJECTED
; after-fix: i686-unknown-linux-gnu @ llvm>=13: REJECTED
; oracle: i686-unknown-linux-gnu @ llvm>=13: N/A
; oracle-after-fix: i686-unknown-linux-gnu @ llvm>=13: N/A
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: upstream: CC_X86_Intr in X86CallingConv.cpp; rust#132835; our runs (LLVM 14 aborts, 20 aborts with the lint bypassed)
; RUN: llc -mtriple=i686-unknown-linux-gnu -O2 -relocation-model=static < %s
; observed: llvm=20: LLVM ERROR: unsupported x86 interrupt prototype
; note: The fact sheet marks this split-part case [inferred]: confirmed on LLVM 20 and 14.0.6. iretlab's lint refuses it first (byval-frame-check/error-code-too-wide, exit 2); the LLVM ERROR is with --skip-prototype-check (exit 3).
target triple = "i686-unknown-linux-gnu"

%F32 = type { i32, i32, i32, i32, i32 }

@sink = dso_local global i64 0, align 8

define x86_intrcc void @h(ptr byval(%F32) %f, i64 %ec) {
entry:
  store volatile i64 %ec, ptr @sink, align 8
  ret void
}
