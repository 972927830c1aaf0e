; id: 40
; title: 32-bit handler on a 16-byte ABI stack (i686-linux) saves the interrupted code's xmm0 with movaps through the unaligned EBP
; upstream: none (found by iretlab; patches/intr32-xmm-csr-slots is iretlab's fix)
; wrong: every XMM register is callee-saved in an x86_intrcc handler; on i686-unknown-linux-gnu LLVM gives xmm0 a fixed slot addressed through EBP and, trusting the 16-byte ABI stack alignment, saves it with movaps; a 32-bit interrupt aligns ESP to nothing, so EBP is only 4-aligned and the movaps raises #GP for 3 of 4 entry alignments
; correct: the xmm save either lives in the realigned area (ESP-relative after andl $-16,%esp) or uses movups; i386-unknown-none already uses movups at the same place
; target: i686-unknown-linux-gnu mattr=+sse2
; target: i386-unknown-none mattr=+sse2
; subject: misaligned-stack-access
; expect: i686-unknown-linux-gnu mattr=+sse2 @ llvm>=13: misaligned-stack-access
; expect: i386-unknown-none mattr=+sse2 @ llvm>=13: none
; after-fix: * @ llvm>=13: none
; oracle: i686-unknown-linux-gnu mattr=+sse2 @ llvm>=13: handler-fault misaligned-stack-access; CR0.TS=1: #NM
; oracle: i386-unknown-none mattr=+sse2 @ llvm>=13: none; CR0.TS=1: #NM
; oracle-after-fix: * @ llvm>=13: none; CR0.TS=1: #NM
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; RUN: llc -mtriple=i686-unknown-linux-gnu -O2 -mattr=+sse2 -relocation-model=static < %s
; RUN: llc -mtriple=i386-unknown-none -O2 -mattr=+sse2 -relocation-model=static < %s
; note: minimal form of what corpus cases 21-24 show on i686-unknown-linux-gnu: no local, only the asm's clobber makes LLVM save xmm0
target triple = "i686-unknown-linux-gnu"

%F32 = type { i32, i32, i32, i32, i32 }

define x86_intrcc void @h(ptr byval(%F32) %frame) {
entry:
  call void asm sideeffect "xorps %xmm0, %xmm0", "~{xmm0}"()
  ret void
}
