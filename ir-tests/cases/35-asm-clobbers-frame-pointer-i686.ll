; id: 35
; title: inline asm clobbering EBP in a 32-bit handler that must realign (EBP is the frame pointer)
; upstream: D151400
; wrong: realignment reserves EBP as the way back to the entry ESP; asm that clobbers it could break the epilogue's leal -k(%ebp),%esp
; correct: LLVM keeps EBP usable around the asm (saves it, or refuses with a diagnostic); the lint of the passes issue reports it as reserved-register-clobbered
; target: i686-unknown-linux-gnu
; target: i386-unknown-none
; subject: none
; expect: i686-unknown-linux-gnu @ llvm13-16: misaligned-call-site mmx-state-clobbered x87-state-clobbered
; expect: i386-unknown-none @ llvm13-16: mmx-state-clobbered x87-state-clobbered
; expect: * @ llvm17-19: gpr-clobbered mmx-state-clobbered sp-at-iret-wrong unknown-instruction x87-state-clobbered
; expect: * @ llvm>=20: mmx-state-clobbered x87-state-clobbered
; after-fix: i686-unknown-linux-gnu @ llvm13-16: misaligned-call-site
; after-fix: i386-unknown-none @ llvm13-16: none
; after-fix: * @ llvm17-19: gpr-clobbered sp-at-iret-wrong unknown-instruction
; after-fix: * @ llvm>=20: none
; oracle: i686-unknown-linux-gnu @ llvm13-16: misaligned-call-site mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i386-unknown-none @ llvm13-16: mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: * @ llvm17-19: handler-fault; CR0.TS=1: #NM
; oracle: * @ llvm>=20: mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu @ llvm13-16: misaligned-call-site; CR0.TS=1: #NM
; oracle-after-fix: i386-unknown-none @ llvm13-16: none; CR0.TS=1: #NM
; oracle-after-fix: * @ llvm17-19: handler-fault; CR0.TS=1: #NM
; oracle-after-fix: * @ llvm>=20: none; CR0.TS=1: #NM
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; RUN: llc -mtriple=i686-unknown-linux-gnu -O2 -relocation-model=static < %s
; RUN: llc -mtriple=i386-unknown-none -O2 -relocation-model=static < %s
; note: measured: with "stackrealign" added, LLVM 14 realigns through EBP and does not save it around the asm: the epilogue restores a wrong ESP (gpr-clobbered, sp-at-iret-wrong); stack-realign-32 therefore leaves such handlers alone and says so.
; note: measured: LLVM 20 saves EBP around the asm (pushl %ebp ... popl %ebp) instead of warning; no reserved-register-clobbered hazard in the code it emits.
target triple = "i686-unknown-linux-gnu"

declare dso_local void @ext()

define x86_intrcc void @h(ptr byval(i32) %frame) {
entry:
  call void asm sideeffect "xorl %ebp, %ebp", "~{ebp},~{dirflag},~{fpsr},~{flags}"()
  call void @ext()
  ret void
}
