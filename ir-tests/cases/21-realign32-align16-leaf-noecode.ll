; id: 21
; title: 32-bit handler with a local aligned to 16, without a call, without an error code: what stack realignment must make safe
; upstream: llvm/llvm-project#26851, D151400, llvm/llvm-project#225366
; wrong: the CPU pushes the frame without aligning ESP, so the handler must realign to 16 before touching the 16-aligned local; LLVM <= 16 did not realign 32-bit handlers, LLVM >= 17 realigns to 16 only
; correct: push ebp; mov esp,ebp; and $-16,%esp before any aligned access; leal -k(%ebp),%esp; iretl
; target: i386-unknown-none mattr=+sse2
; target: i686-unknown-linux-gnu mattr=+sse2
; target: i686-pc-windows-msvc-elf mattr=+sse2
; subject: misaligned-stack-access
; expect: i386-unknown-none mattr=+sse2 | i686-pc-windows-msvc-elf mattr=+sse2 @ llvm>=13: none
; expect: i686-unknown-linux-gnu mattr=+sse2 @ llvm>=13: misaligned-stack-access
; after-fix: * @ llvm>=13: none
; oracle: i386-unknown-none mattr=+sse2 | i686-pc-windows-msvc-elf mattr=+sse2 @ llvm>=13: none; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu mattr=+sse2 @ llvm>=13: handler-fault misaligned-stack-access; CR0.TS=1: #NM
; oracle-after-fix: * @ llvm>=13: none; CR0.TS=1: #NM
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; RUN: llc -mtriple=i386-unknown-none -O2 -mattr=+sse2 -relocation-model=static < %s
; RUN: llc -mtriple=i686-unknown-linux-gnu -O2 -mattr=+sse2 -relocation-model=static < %s
; RUN: llc -mtriple=i686-pc-windows-msvc-elf -O2 -mattr=+sse2 -relocation-model=static < %s
; note: measured: on i686-unknown-linux-gnu (a 16-byte ABI stack) LLVM 20 spills the interrupted code's xmm0 with movaps %xmm0,-24(%ebp), and EBP is the entry ESP (only 4-aligned) minus 4: a fault for 3 of 4 entry alignments. On i386-unknown-none it uses movups, on i686-pc-windows-msvc-elf it realigns nothing and uses ESP-relative movaps after subl. LLVM 14 spills with movaps 16(%esp) and no realignment at all.
target triple = "i686-unknown-linux-gnu"

%F32 = type { i32, i32, i32, i32, i32 }

define x86_intrcc void @h(ptr byval(%F32) %frame) {
entry:
  %v = alloca <4 x i32>, align 16
  store volatile <4 x i32> zeroinitializer, ptr %v, align 16
  %x = load volatile <4 x i32>, ptr %v, align 16
  store volatile <4 x i32> %x, ptr %v, align 16
  ret void
}
