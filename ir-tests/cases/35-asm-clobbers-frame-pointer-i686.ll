; id: 35
; title: inline asm clobbering EBP in a 32-bit handler that must realign (EBP is the frame pointer)
; upstream: D151400
; wrong: realignment reserves EBP as the way back to the entry ESP; asm that clobbers it could break the epilogue's leal -k(%ebp),%esp
; correct: LLVM keeps EBP usable around the asm (saves it, or refuses with a diagnostic); the lint of the passes issue reports it as reserved-register-clobbered
; target: i686-unknown-linux-gnu
; target: i386-unknown-none
; subject: none
; expect: i686-unknown-linux-gnu @ llvm=13: misaligned-call-site mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=14: misaligned-call-site mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=15: misaligned-call-site mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=16: misaligned-call-site mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=17: gpr-clobbered mmx-state-clobbered sp-at-iret-wrong unknown-instruction x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=19: gpr-clobbered mmx-state-clobbered sp-at-iret-wrong unknown-instruction x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=20: mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu @ llvm=22: mmx-state-clobbered x87-state-clobbered
; expect: i386-unknown-none @ llvm=13: mmx-state-clobbered x87-state-clobbered
; expect: i386-unknown-none @ llvm=14: mmx-state-clobbered x87-state-clobbered
; expect: i386-unknown-none @ llvm=15: mmx-state-clobbered x87-state-clobbered
; expect: i386-unknown-none @ llvm=16: mmx-state-clobbered x87-state-clobbered
; expect: i386-unknown-none @ llvm=17: gpr-clobbered mmx-state-clobbered sp-at-iret-wrong unknown-instruction x87-state-clobbered
; expect: i386-unknown-none @ llvm=19: gpr-clobbered mmx-state-clobbered sp-at-iret-wrong unknown-instruction x87-state-clobbered
; expect: i386-unknown-none @ llvm=20: mmx-state-clobbered x87-state-clobbered
; expect: i386-unknown-none @ llvm=22: mmx-state-clobbered x87-state-clobbered
; after-fix: i686-unknown-linux-gnu @ llvm=13: misaligned-call-site
; after-fix: i686-unknown-linux-gnu @ llvm=14: misaligned-call-site
; after-fix: i686-unknown-linux-gnu @ llvm=15: misaligned-call-site
; after-fix: i686-unknown-linux-gnu @ llvm=16: misaligned-call-site
; after-fix: i686-unknown-linux-gnu @ llvm=17: gpr-clobbered sp-at-iret-wrong unknown-instruction
; after-fix: i686-unknown-linux-gnu @ llvm=19: gpr-clobbered sp-at-iret-wrong unknown-instruction
; after-fix: i686-unknown-linux-gnu @ llvm=20: none
; after-fix: i686-unknown-linux-gnu @ llvm=22: none
; after-fix: i386-unknown-none @ llvm=13: none
; after-fix: i386-unknown-none @ llvm=14: none
; after-fix: i386-unknown-none @ llvm=15: none
; after-fix: i386-unknown-none @ llvm=16: none
; after-fix: i386-unknown-none @ llvm=17: gpr-clobbered sp-at-iret-wrong unknown-instruction
; after-fix: i386-unknown-none @ llvm=19: gpr-clobbered sp-at-iret-wrong unknown-instruction
; after-fix: i386-unknown-none @ llvm=20: none
; after-fix: i386-unknown-none @ llvm=22: none
; oracle: i686-unknown-linux-gnu @ llvm=13: misaligned-call-site mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=14: misaligned-call-site mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=15: misaligned-call-site mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=16: misaligned-call-site mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=17: handler-fault; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=19: handler-fault; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=20: mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu @ llvm=22: mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i386-unknown-none @ llvm=13: mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i386-unknown-none @ llvm=14: mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i386-unknown-none @ llvm=15: mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i386-unknown-none @ llvm=16: mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i386-unknown-none @ llvm=17: handler-fault; CR0.TS=1: #NM
; oracle: i386-unknown-none @ llvm=19: handler-fault; CR0.TS=1: #NM
; oracle: i386-unknown-none @ llvm=20: mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i386-unknown-none @ llvm=22: mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=13: misaligned-call-site; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=14: misaligned-call-site; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=15: misaligned-call-site; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=16: misaligned-call-site; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=17: handler-fault; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=19: handler-fault; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=20: none; CR0.TS=1: #NM
; oracle-after-fix: i686-unknown-linux-gnu @ llvm=22: none; CR0.TS=1: #NM
; oracle-after-fix: i386-unknown-none @ llvm=13: none; CR0.TS=1: #NM
; oracle-after-fix: i386-unknown-none @ llvm=14: none; CR0.TS=1: #NM
; oracle-after-fix: i386-unknown-none @ llvm=15: none; CR0.TS=1: #NM
; oracle-after-fix: i386-unknown-none @ llvm=16: none; CR0.TS=1: #NM
; oracle-after-fix: i386-unknown-none @ llvm=17: handler-fault; CR0.TS=1: #NM
; oracle-after-fix: i386-unknown-none @ llvm=19: handler-fault; CR0.TS=1: #NM
; oracle-after-fix: i386-unknown-none @ llvm=20: none; CR0.TS=1: #NM
; oracle-after-fix: i386-unknown-none @ llvm=22: none; CR0.TS=1: #NM
; source: llvm=13: our run, worker-13 (LLVM 13.0.1), by iretlab reproduce --record
; source: llvm=14: our run, llc-14 (LLVM 14.0.6), by iretlab reproduce --record
; source: llvm=15: our run, worker-15 (LLVM 15.0.3), by iretlab reproduce --record
; source: llvm=16: our run, llc-16 (LLVM 16.0.6), by iretlab reproduce --record
; source: llvm=17: our run, worker-17 (LLVM 17.0.6), by iretlab reproduce --record
; source: llvm=19: our run, llc-19 (LLVM 19.1.7), by iretlab reproduce --record
; source: llvm=20: our run, embedded-20 (LLVM 20.1.7), by iretlab reproduce --record
; source: llvm=22: our run, llc-22 (LLVM 22.1.8), by iretlab reproduce --record
; RUN: llvm>=15: llc -mtriple=i686-unknown-linux-gnu < %s
; RUN: llvm=14: llc -opaque-pointers -mtriple=i686-unknown-linux-gnu < %s
; RUN: llvm>=15: llc -mtriple=i386-unknown-none < %s
; RUN: llvm=14: llc -opaque-pointers -mtriple=i386-unknown-none < %s
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
