; id: 06
; title: Windows x64 error-code handler that makes a call (StackSize % 16 assertion / SEH offset error)
; upstream: llvm/llvm-project#66588, llvm/llvm-project#224029, rust-osdev/x86_64#285
; target: x86_64-pc-windows-msvc
; RUN: llc -mtriple=x86_64-pc-windows-msvc < %s
; expect-llvm20: error: offset is not a multiple of 16 (six times, from the SEH unwind info of the xmm saves); no code (iretlab: rejected, exit 2)
; static-llvm20: x86_64-pc-windows-msvc => REJECTED
; note: Release build: the SEH error, not the StackSize % 16 assertion (that needs an assertions build); LLVM 14.0.6 gives the same error.
target triple = "x86_64-pc-windows-msvc"

%F64 = type { i64, i64, i64, i64, i64 }

declare dso_local void @bar()

define x86_intrcc void @h(ptr byval(%F64) %f, i64 %ec) {
entry:
  %x = alloca i64, align 8
  store volatile i64 0, ptr %x, align 8
  call void @bar()
  ret void
}
