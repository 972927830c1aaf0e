; id: 08
; title: error-code handler with inline stack probes: exactly one frame allocation, locals below RSP
; upstream: rust-lang/rust#109918, llvm/llvm-project#62694, f6154364
; wrong: with inline stack probes the frame allocation is lost: locals above RSP and a wrong RSP at iretq (rust#109918, LLVM 16.0.0-16.0.3; LLVM 14 too, measured here)
; correct: exactly one stack adjustment, no "# fixed size alloca with probing" (x86-64-intrcc.ll @test_stack_allocation)
; gcc: pops only the error code (gcc.target/i386/interrupt-3.c); its stack probing is not known to interact with interrupt handlers (no test found)
; target: x86_64-unknown-unknown
; subject: sp-at-iret-wrong
; expect: x86_64-unknown-unknown @ llvm13-15: gpr-clobbered misaligned-stack-access mmx-state-clobbered mxcsr-clobbered sp-at-iret-wrong x87-state-clobbered
; expect: x86_64-unknown-unknown @ llvm>=16: misaligned-call-site mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; after-fix: x86_64-unknown-unknown @ llvm13-15: gpr-clobbered misaligned-stack-access mmx-state-clobbered mxcsr-clobbered sp-at-iret-wrong x87-state-clobbered
; after-fix: x86_64-unknown-unknown @ llvm>=16: none
; oracle: x86_64-unknown-unknown @ llvm13-15: handler-fault misaligned-stack-access; CR0.TS=1: #NM
; oracle: x86_64-unknown-unknown @ llvm>=16: misaligned-call-site mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-unknown @ llvm13-15: handler-fault misaligned-stack-access; CR0.TS=1: #NM
; oracle-after-fix: x86_64-unknown-unknown @ llvm>=16: none; CR0.TS=1: #NM
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: upstream: rust#109918; llvm f6154364; our runs of LLVM 14 and 20
; RUN: llc -mtriple=x86_64-unknown-unknown -O2 -relocation-model=static < %s
; observed: llvm=20: compiles; pushq %rax (align); 9 GPR pushes; exactly one subq $280,%rsp; no '# fixed size alloca with probing'; cld; callq ext; addq $280; pops; addq $16,%rsp; iretq
; note: LLVM 14.0.6 reproduces rust#109918: subq $8 (align) then an empty '# fixed size alloca with probing' and no allocation, yet addq $280,%rsp in the epilogue, so locals and xmm spills sit above RSP. The fact sheet only says older LLVMs 'may also be affected'.
target triple = "x86_64-unknown-unknown"

%F64 = type { i64, i64, i64, i64, i64 }

declare dso_local void @ext(ptr)

; As x86-64-intrcc.ll @test_stack_allocation.
define x86_intrcc void @h(ptr byval(%F64) %f, i64 %ec) #0 {
entry:
  %x = alloca i64, align 8
  store volatile i64 0, ptr %x, align 8
  call void @ext(ptr %x)
  ret void
}

attributes #0 = { "probe-stack"="inline-asm" }
