; id: explore-cld-probe-i686
; title: a 32-bit Windows handler with a large frame calls _chkstk before its cld
; wrong: the prologue probes the stack with calll _chkstk and emits cld after it, so the probe runs with the interrupted code's direction flag; the ABI requires DF clear at every call, and a probe function of the user's own ("probe-stack"="NAME") gets no other guarantee
; correct: cld before the first call of the handler, the prologue's probe included
; target: i686-pc-windows-msvc-elf
; subject: missing-cld
; expect: i686-pc-windows-msvc-elf @ llvm>=13: missing-cld
; after-fix: i686-pc-windows-msvc-elf @ llvm>=13: missing-cld
; oracle: i686-pc-windows-msvc-elf @ llvm>=13: missing-cld; CR0.TS=1: no-fault
; oracle-after-fix: i686-pc-windows-msvc-elf @ llvm>=13: missing-cld; CR0.TS=1: no-fault
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: iretlab explore --seed 2026 (the one-hour run): missing-cld at calll _chkstk (4 handlers) and at calll inline-asm (probe-stack=inline-asm, which Windows targets take as a function name), statically and under QEMU, LLVM 16 to 22 (e.g. explore_000195, explore_000133)
; note: Microsoft's _chkstk uses no string instructions, so the usual probe is harmless; the order is still wrong for any other probe. iretlab models _chkstk as the allocating probe it is (ESP -= EAX, changing only EAX: analysis/RuntimeHelper, the oracle's stand-in likewise); the gpr-clobbered, sp-at-iret-wrong, x87/MMX kinds and LLVM 13-16's handler-fault under QEMU once recorded here were the ordinary-callee model's, not LLVM's (see explore-chkstk-i686-msvc).
; RUN: llc -mtriple=i686-pc-windows-msvc-elf -O2 -relocation-model=static < %s
target triple = "i686-pc-windows-msvc-elf"

%F32 = type { i32, i32, i32 }

@sink = dso_local global i32 0, align 4

define x86_intrcc void @h(ptr byval(%F32) %frame) {
entry:
  %buf = alloca [8192 x i8], align 4
  %v = load volatile i32, ptr @sink, align 4
  store volatile i32 %v, ptr %buf, align 4
  ret void
}
