; id: 04
; title: 64-bit handler with an error code calls a function with RSP 8 mod 16 (alignment push counted twice)
; upstream: llvm/llvm-project#224029, llvm/llvm-project#44560, D30049
; target: x86_64-unknown-unknown
; RUN: llc -mtriple=x86_64-unknown-unknown < %s
; expect-llvm20: compiles; pushq %rax (align); 9 GPR pushes; subq $280,%rsp; movaps xmm0-15 spills; cld; callq ext with RSP = entry-360 = 8 mod 16 (misaligned); addq $280; pops; addq $16,%rsp; iretq
; static-llvm20: x86_64-unknown-unknown => misaligned-call-site x87-state-clobbered mxcsr-clobbered
; note: The fact sheet's inferred arithmetic (1+9 pushes + subq $280 = 360) is what LLVM 20 (and 14.0.6) really emit.
target triple = "x86_64-unknown-unknown"

%F64 = type { i64, i64, i64, i64, i64 }

declare dso_local void @ext(ptr)

; Entry RSP is 0 mod 16 (error code pushed): every call needs entry-RSP - RSP = 0 mod 16.
define x86_intrcc void @h(ptr byval(%F64) %f, i64 %ec) {
entry:
  %x = alloca i64, align 8
  store volatile i64 0, ptr %x, align 8
  call void @ext(ptr %x)
  ret void
}
