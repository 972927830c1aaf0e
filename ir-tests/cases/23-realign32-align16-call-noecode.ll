; id: 23
; title: 32-bit handler with a local aligned to 16, with a call, without an error code: what stack realignment must make safe
; upstream: llvm/llvm-project#26851, D151400, llvm/llvm-project#225366
; wrong: the CPU pushes the frame without aligning ESP, so the handler must realign to 16 before touching the 16-aligned local and before the call; LLVM <= 16 did not realign 32-bit handlers, LLVM >= 17 realigns to 16 only
; correct: push ebp; mov esp,ebp; and $-16,%esp before any aligned access and the call; leal -k(%ebp),%esp; iretl
; target: i386-unknown-none mattr=+sse2
; target: i686-unknown-linux-gnu mattr=+sse2
; target: i686-pc-windows-msvc-elf mattr=+sse2
; subject: misaligned-stack-access misaligned-call-site
; expect: i386-unknown-none mattr=+sse2 @ llvm=13: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i386-unknown-none mattr=+sse2 @ llvm=14: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i386-unknown-none mattr=+sse2 @ llvm=15: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i386-unknown-none mattr=+sse2 @ llvm=16: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i386-unknown-none mattr=+sse2 @ llvm=17: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i386-unknown-none mattr=+sse2 @ llvm=19: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i386-unknown-none mattr=+sse2 @ llvm=20: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i386-unknown-none mattr=+sse2 @ llvm=22: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu mattr=+sse2 @ llvm=13: misaligned-call-site misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu mattr=+sse2 @ llvm=14: misaligned-call-site misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu mattr=+sse2 @ llvm=15: misaligned-call-site misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu mattr=+sse2 @ llvm=16: misaligned-call-site misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu mattr=+sse2 @ llvm=17: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu mattr=+sse2 @ llvm=19: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu mattr=+sse2 @ llvm=20: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu mattr=+sse2 @ llvm=22: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=13: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=14: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=15: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=16: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=17: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=19: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=20: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=22: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; after-fix: i386-unknown-none mattr=+sse2 @ llvm=13: none
; after-fix: i386-unknown-none mattr=+sse2 @ llvm=14: none
; after-fix: i386-unknown-none mattr=+sse2 @ llvm=15: none
; after-fix: i386-unknown-none mattr=+sse2 @ llvm=16: none
; after-fix: i386-unknown-none mattr=+sse2 @ llvm=17: none
; after-fix: i386-unknown-none mattr=+sse2 @ llvm=19: none
; after-fix: i386-unknown-none mattr=+sse2 @ llvm=20: none
; after-fix: i386-unknown-none mattr=+sse2 @ llvm=22: none
; after-fix: i686-unknown-linux-gnu mattr=+sse2 @ llvm=13: misaligned-stack-access
; after-fix: i686-unknown-linux-gnu mattr=+sse2 @ llvm=14: misaligned-stack-access
; after-fix: i686-unknown-linux-gnu mattr=+sse2 @ llvm=15: misaligned-stack-access
; after-fix: i686-unknown-linux-gnu mattr=+sse2 @ llvm=16: misaligned-stack-access
; after-fix: i686-unknown-linux-gnu mattr=+sse2 @ llvm=17: misaligned-stack-access
; after-fix: i686-unknown-linux-gnu mattr=+sse2 @ llvm=19: misaligned-stack-access
; after-fix: i686-unknown-linux-gnu mattr=+sse2 @ llvm=20: misaligned-stack-access
; after-fix: i686-unknown-linux-gnu mattr=+sse2 @ llvm=22: misaligned-stack-access
; after-fix: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=13: none
; after-fix: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=14: none
; after-fix: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=15: none
; after-fix: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=16: none
; after-fix: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=17: none
; after-fix: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=19: none
; after-fix: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=20: none
; after-fix: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=22: none
; oracle: i386-unknown-none mattr=+sse2 @ llvm=13: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i386-unknown-none mattr=+sse2 @ llvm=14: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i386-unknown-none mattr=+sse2 @ llvm=15: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i386-unknown-none mattr=+sse2 @ llvm=16: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i386-unknown-none mattr=+sse2 @ llvm=17: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i386-unknown-none mattr=+sse2 @ llvm=19: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i386-unknown-none mattr=+sse2 @ llvm=20: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i386-unknown-none mattr=+sse2 @ llvm=22: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu mattr=+sse2 @ llvm=13: handler-fault misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu mattr=+sse2 @ llvm=14: handler-fault misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu mattr=+sse2 @ llvm=15: handler-fault misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu mattr=+sse2 @ llvm=16: handler-fault misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu mattr=+sse2 @ llvm=17: handler-fault misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu mattr=+sse2 @ llvm=19: handler-fault misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu mattr=+sse2 @ llvm=20: handler-fault misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu mattr=+sse2 @ llvm=22: handler-fault misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=13: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=14: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=15: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=16: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=17: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=19: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=20: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=22: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: i386-unknown-none mattr=+sse2 @ llvm=13: none; CR0.TS=1: #NM
; oracle-after-fix: i386-unknown-none mattr=+sse2 @ llvm=14: none; CR0.TS=1: #NM
; oracle-after-fix: i386-unknown-none mattr=+sse2 @ llvm=15: none; CR0.TS=1: #NM
; oracle-after-fix: i386-unknown-none mattr=+sse2 @ llvm=16: none; CR0.TS=1: #NM
; oracle-after-fix: i386-unknown-none mattr=+sse2 @ llvm=17: none; CR0.TS=1: #NM
; oracle-after-fix: i386-unknown-none mattr=+sse2 @ llvm=19: none; CR0.TS=1: #NM
; oracle-after-fix: i386-unknown-none mattr=+sse2 @ llvm=20: none; CR0.TS=1: #NM
; oracle-after-fix: i386-unknown-none mattr=+sse2 @ llvm=22: none; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu mattr=+sse2 @ llvm=13: handler-fault misaligned-stack-access; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu mattr=+sse2 @ llvm=14: handler-fault misaligned-stack-access; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu mattr=+sse2 @ llvm=15: handler-fault misaligned-stack-access; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu mattr=+sse2 @ llvm=16: handler-fault misaligned-stack-access; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu mattr=+sse2 @ llvm=17: handler-fault misaligned-stack-access; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu mattr=+sse2 @ llvm=19: handler-fault misaligned-stack-access; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu mattr=+sse2 @ llvm=20: handler-fault misaligned-stack-access; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu mattr=+sse2 @ llvm=22: handler-fault misaligned-stack-access; CR0.TS=1: #NM
; oracle-after-fix: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=13: none; CR0.TS=1: #NM
; oracle-after-fix: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=14: none; CR0.TS=1: #NM
; oracle-after-fix: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=15: none; CR0.TS=1: #NM
; oracle-after-fix: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=16: none; CR0.TS=1: #NM
; oracle-after-fix: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=17: none; CR0.TS=1: #NM
; oracle-after-fix: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=19: none; CR0.TS=1: #NM
; oracle-after-fix: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=20: none; CR0.TS=1: #NM
; oracle-after-fix: i686-pc-windows-msvc-elf mattr=+sse2 @ llvm=22: none; CR0.TS=1: #NM
; source: llvm=13: our run, worker-13 (LLVM 13.0.1), by iretlab reproduce --record
; source: llvm=14: our run, llc-14 (LLVM 14.0.6), by iretlab reproduce --record
; source: llvm=15: our run, worker-15 (LLVM 15.0.3), by iretlab reproduce --record
; source: llvm=16: our run, llc-16 (LLVM 16.0.6), by iretlab reproduce --record
; source: llvm=17: our run, worker-17 (LLVM 17.0.6), by iretlab reproduce --record
; source: llvm=19: our run, llc-19 (LLVM 19.1.7), by iretlab reproduce --record
; source: llvm=20: our run, embedded-20 (LLVM 20.1.7), by iretlab reproduce --record
; source: llvm=22: our run, llc-22 (LLVM 22.1.8), by iretlab reproduce --record
; RUN: llvm>=15: llc -mtriple=i386-unknown-none -mattr=+sse2 < %s
; RUN: llvm=14: llc -opaque-pointers -mtriple=i386-unknown-none -mattr=+sse2 < %s
; RUN: llvm>=15: llc -mtriple=i686-unknown-linux-gnu -mattr=+sse2 < %s
; RUN: llvm=14: llc -opaque-pointers -mtriple=i686-unknown-linux-gnu -mattr=+sse2 < %s
; RUN: llvm>=15: llc -mtriple=i686-pc-windows-msvc-elf -mattr=+sse2 < %s
; RUN: llvm=14: llc -opaque-pointers -mtriple=i686-pc-windows-msvc-elf -mattr=+sse2 < %s
target triple = "i686-unknown-linux-gnu"

%F32 = type { i32, i32, i32, i32, i32 }

declare dso_local void @ext(ptr)

define x86_intrcc void @h(ptr byval(%F32) %frame) {
entry:
  %v = alloca <4 x i32>, align 16
  store volatile <4 x i32> zeroinitializer, ptr %v, align 16
  %x = load volatile <4 x i32>, ptr %v, align 16
  store volatile <4 x i32> %x, ptr %v, align 16
  call void @ext(ptr %v)
  ret void
}
