; id: 08
; title: error-code handler with inline stack probes: exactly one frame allocation, locals below RSP
; upstream: rust-lang/rust#109918, llvm/llvm-project#62694, f6154364
; target: x86_64-unknown-unknown
; RUN: llc -mtriple=x86_64-unknown-unknown < %s
; expect-llvm20: compiles; pushq %rax (align); 9 GPR pushes; exactly one subq $280,%rsp; no '# fixed size alloca with probing'; cld; callq ext; addq $280; pops; addq $16,%rsp; iretq
; static-llvm20: x86_64-unknown-unknown => misaligned-call-site x87-state-clobbered mxcsr-clobbered
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
