; id: 06
; title: Windows x64 error-code handler that makes a call (StackSize % 16 assertion / SEH offset error)
; upstream: llvm/llvm-project#66588, llvm/llvm-project#224029, rust-osdev/x86_64#285
; wrong: assertions builds assert (StackSize % 16) == 8 (llvm#66588, needs an assertions build); release builds refuse: error: offset is not a multiple of 16 (SEH), as rust-osdev/x86_64#285 reports
; correct: compiles
; target: x86_64-pc-windows-msvc
; subject: none
; expect: x86_64-pc-windows-msvc @ llvm=13: REJECTED
; expect: x86_64-pc-windows-msvc @ llvm=14: REJECTED
; expect: x86_64-pc-windows-msvc @ llvm=15: REJECTED
; expect: x86_64-pc-windows-msvc @ llvm=16: REJECTED
; expect: x86_64-pc-windows-msvc @ llvm=17: REJECTED
; expect: x86_64-pc-windows-msvc @ llvm=19: REJECTED
; expect: x86_64-pc-windows-msvc @ llvm=20: REJECTED
; expect: x86_64-pc-windows-msvc @ llvm=22: REJECTED
; after-fix: x86_64-pc-windows-msvc @ llvm=13: REJECTED
; after-fix: x86_64-pc-windows-msvc @ llvm=14: REJECTED
; after-fix: x86_64-pc-windows-msvc @ llvm=15: REJECTED
; after-fix: x86_64-pc-windows-msvc @ llvm=16: REJECTED
; after-fix: x86_64-pc-windows-msvc @ llvm=17: REJECTED
; after-fix: x86_64-pc-windows-msvc @ llvm=19: REJECTED
; after-fix: x86_64-pc-windows-msvc @ llvm=20: REJECTED
; after-fix: x86_64-pc-windows-msvc @ llvm=22: REJECTED
; oracle: x86_64-pc-windows-msvc @ llvm=13: N/A
; oracle: x86_64-pc-windows-msvc @ llvm=14: N/A
; oracle: x86_64-pc-windows-msvc @ llvm=15: N/A
; oracle: x86_64-pc-windows-msvc @ llvm=16: N/A
; oracle: x86_64-pc-windows-msvc @ llvm=17: N/A
; oracle: x86_64-pc-windows-msvc @ llvm=19: N/A
; oracle: x86_64-pc-windows-msvc @ llvm=20: N/A
; oracle: x86_64-pc-windows-msvc @ llvm=22: N/A
; oracle-after-fix: x86_64-pc-windows-msvc @ llvm=13: N/A
; oracle-after-fix: x86_64-pc-windows-msvc @ llvm=14: N/A
; oracle-after-fix: x86_64-pc-windows-msvc @ llvm=15: N/A
; oracle-after-fix: x86_64-pc-windows-msvc @ llvm=16: N/A
; oracle-after-fix: x86_64-pc-windows-msvc @ llvm=17: N/A
; oracle-after-fix: x86_64-pc-windows-msvc @ llvm=19: N/A
; oracle-after-fix: x86_64-pc-windows-msvc @ llvm=20: N/A
; oracle-after-fix: x86_64-pc-windows-msvc @ llvm=22: N/A
; source: llvm=13: our run, worker-13 (LLVM 13.0.1), by iretlab reproduce --record
; source: llvm=14: our run, llc-14 (LLVM 14.0.6), by iretlab reproduce --record
; source: llvm=15: our run, worker-15 (LLVM 15.0.3), by iretlab reproduce --record
; source: llvm=16: our run, llc-16 (LLVM 16.0.6), by iretlab reproduce --record
; source: llvm=17: our run, worker-17 (LLVM 17.0.6), by iretlab reproduce --record
; source: llvm=19: our run, llc-19 (LLVM 19.1.7), by iretlab reproduce --record
; source: llvm=20: our run, embedded-20 (LLVM 20.1.7), by iretlab reproduce --record
; source: llvm=22: our run, llc-22 (LLVM 22.1.8), by iretlab reproduce --record
; source: upstream: llvm#66588; rust-osdev/x86_64#285; our runs
; RUN: llvm>=15: llc -mtriple=x86_64-pc-windows-msvc < %s
; RUN: llvm=14: llc -opaque-pointers -mtriple=x86_64-pc-windows-msvc < %s
; RUN: llvm=13: llc -force-opaque-pointers -mtriple=x86_64-pc-windows-msvc < %s
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
