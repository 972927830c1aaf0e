; id: 06
; title: Windows x64 error-code handler that makes a call (StackSize % 16 assertion / SEH offset error)
; upstream: llvm/llvm-project#66588, llvm/llvm-project#224029, rust-osdev/x86_64#285
; wrong: assertions builds assert (StackSize % 16) == 8 (llvm#66588, needs an assertions build); release builds refuse: error: offset is not a multiple of 16 (SEH), as rust-osdev/x86_64#285 reports
; correct: compiles
; target: x86_64-pc-windows-msvc
; subject: none
; expect: x86_64-pc-windows-msvc @ llvm>=13: REJECTED
; after-fix: x86_64-pc-windows-msvc @ llvm>=13: REJECTED
; oracle: x86_64-pc-windows-msvc @ llvm>=13: N/A
; oracle-after-fix: x86_64-pc-windows-msvc @ llvm>=13: N/A
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: upstream: llvm#66588; rust-osdev/x86_64#285; our runs
; RUN: llc -mtriple=x86_64-pc-windows-msvc -O2 -relocation-model=static < %s
; observed: llvm=20: error: offset is not a multiple of 16 (six times, from the SEH unwind info of the xmm saves); no code (iretlab: rejected, exit 2)
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
