; id: 24
; title: 32-bit handler with a local aligned to 16, with a call, with an error code: what stack realignment must make safe
; upstream: llvm/llvm-project#26851, D151400, llvm/llvm-project#225366
; wrong: the CPU pushes the frame without aligning ESP, so the handler must realign to 16 before touching the 16-aligned local and before the call; LLVM <= 16 did not realign 32-bit handlers, LLVM >= 17 realigns to 16 only
; correct: push ebp; mov esp,ebp; and $-16,%esp before any aligned access and the call; leal -k(%ebp),%esp; iretl after popping the error code
; target: i386-unknown-none mattr=+sse2
; target: i686-unknown-linux-gnu mattr=+sse2
; target: i686-pc-windows-msvc-elf mattr=+sse2
; subject: misaligned-stack-access misaligned-call-site
; expect: i686-unknown-linux-gnu mattr=+sse2 @ llvm13-16: misaligned-call-site misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i386-unknown-none mattr=+sse2 | i686-pc-windows-msvc-elf mattr=+sse2 @ llvm>=13: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu mattr=+sse2 @ llvm>=17: misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered
; after-fix: * @ llvm>=13: none
; oracle: i386-unknown-none mattr=+sse2 | i686-pc-windows-msvc-elf mattr=+sse2 @ llvm>=13: mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu mattr=+sse2 @ llvm>=13: handler-fault misaligned-stack-access mmx-state-clobbered mxcsr-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: * @ llvm>=13: none; CR0.TS=1: #NM
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; RUN: llc -mtriple=i386-unknown-none -O2 -mattr=+sse2 -relocation-model=static < %s
; RUN: llc -mtriple=i686-unknown-linux-gnu -O2 -mattr=+sse2 -relocation-model=static < %s
; RUN: llc -mtriple=i686-pc-windows-msvc-elf -O2 -mattr=+sse2 -relocation-model=static < %s
target triple = "i686-unknown-linux-gnu"

%F32 = type { i32, i32, i32, i32, i32 }

declare dso_local void @ext(ptr)

@error_code_seen = dso_local global i32 0

define x86_intrcc void @h(ptr byval(%F32) %frame, i32 %error_code) {
entry:
  %v = alloca <4 x i32>, align 16
  store volatile <4 x i32> zeroinitializer, ptr %v, align 16
  %x = load volatile <4 x i32>, ptr %v, align 16
  store volatile <4 x i32> %x, ptr %v, align 16
  store volatile i32 %error_code, ptr @error_code_seen
  call void @ext(ptr %v)
  ret void
}
