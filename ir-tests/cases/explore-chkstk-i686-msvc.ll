; id: explore-chkstk-i686-msvc
; title: a 32-bit Windows (MSVC) handler with a large frame and an i64 division: _chkstk allocates the frame, _alldiv pops its arguments
; wrong: nothing new for LLVM here: the handler's prologue calls _chkstk with EAX = the frame size and has no sub esp (on 32-bit Windows the probe moves ESP itself), and the i64 sdiv calls MSVC's stdcall _alldiv, which pops its 16 bytes; the handler restores SP with addl $8192 and its pops. The cld after the probe is explore-cld-probe-i686's subject
; correct: SP back at the frame at iretl, EAX saved around the probe (LLVM pushes it and reloads it from 8188(%esp))
; target: i686-pc-windows-msvc-elf
; subject: none
; expect: i686-pc-windows-msvc-elf @ llvm>=13: missing-cld mmx-state-clobbered x87-state-clobbered
; after-fix: i686-pc-windows-msvc-elf @ llvm>=13: missing-cld
; oracle: i686-pc-windows-msvc-elf @ llvm>=13: missing-cld mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: i686-pc-windows-msvc-elf @ llvm>=13: missing-cld; CR0.TS=1: #NM
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: iretlab explore --seed 2026 (the one-hour run): explore_000133 and explore_000195 were sp-at-iret-wrong statically and under QEMU, because the analyser and the oracle's stand-ins took the probe for an ordinary callee; _alldiv's callee-pop is the same model's other half
; note: the expectations show the runtime helpers as they behave on this target (RuntimeHelper: the probe moves ESP down by EAX and changes only EAX; the MSVC i64 helpers are stdcall); the x87/MMX kinds are _alldiv's ABI model (nothing says it leaves the x87 state alone), missing-cld is the probe's (the cld comes after it)
; RUN: llc -mtriple=i686-pc-windows-msvc-elf -O2 -relocation-model=static < %s
target triple = "i686-pc-windows-msvc-elf"

%F32 = type { i32, i32, i32 }

@num = dso_local global i64 84, align 8
@den = dso_local global i64 5, align 8

define x86_intrcc void @h(ptr byval(%F32) %frame) #0 {
entry:
  %buf = alloca [8192 x i8], align 4
  %n = load volatile i64, ptr @num, align 8
  %d = load volatile i64, ptr @den, align 8
  %q = sdiv i64 %n, %d
  store volatile i64 %q, ptr %buf, align 4
  %v = load volatile i64, ptr %buf, align 4
  store volatile i64 %v, ptr @num, align 8
  ret void
}

attributes #0 = { "no-realign-stack" }
