; id: 18
; title: with +uintr a user-mode handler returns with uiret; the kernel code model keeps iretq
; upstream: x86-64-intrcc-uintr.ll
; wrong: nothing known: a control for user interrupts
; correct: addq $16,%rsp; uiret; with -code-model=kernel: iretq (x86-64-intrcc-uintr.ll)
; target: x86_64-unknown-linux-gnu -O0
; target: x86_64-unknown-linux-gnu -O0 -code-model=kernel
; subject: not-iret
; expect: * @ llvm>=13: none
; after-fix: * @ llvm>=13: none
; oracle: x86_64-unknown-linux-gnu -O0 @ llvm>=13: handler-fault; CR0.TS=1: #UD
; oracle: x86_64-unknown-linux-gnu -O0 -code-model=kernel @ llvm>=13: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-linux-gnu -O0 @ llvm>=13: handler-fault; CR0.TS=1: #UD
; oracle-after-fix: x86_64-unknown-linux-gnu -O0 -code-model=kernel @ llvm>=13: none; CR0.TS=1: no-fault
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: upstream: x86-64-intrcc-uintr.ll
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O0 -relocation-model=static < %s
; RUN: llc -mtriple=x86_64-unknown-linux-gnu -O0 -code-model=kernel -relocation-model=static < %s
; observed: llvm=20: compiles on both; pushq %rax (align); pushq rax,rsi,rdx,rcx; uirrv from 40(%rsp), frame at 48(%rsp); pops; addq $16,%rsp; then uiret (default code model) | iretq (-code-model=kernel); no cld
; note: The upstream test reads uirrv at 32(%rsp) and the frame at 40(%rsp); here one more register is saved, so both are 8 higher (the same entry-relative slots).
target triple = "x86_64-unknown-linux-gnu"

; __uintr_frame: rip, rflags, rsp.
%UF = type { i64, i64, i64 }

@uirrv = dso_local global i64 0, align 8
@rip = dso_local global i64 0, align 8
@rflags = dso_local global i64 0, align 8
@rsp = dso_local global i64 0, align 8

define dso_local x86_intrcc void @h(ptr byval(%UF) %frame, i64 %uirrv) #0 {
entry:
  %p.rip = getelementptr %UF, ptr %frame, i32 0, i32 0
  %p.rflags = getelementptr %UF, ptr %frame, i32 0, i32 1
  %p.rsp = getelementptr %UF, ptr %frame, i32 0, i32 2
  %v.rip = load volatile i64, ptr %p.rip, align 8
  %v.rflags = load volatile i64, ptr %p.rflags, align 8
  %v.rsp = load volatile i64, ptr %p.rsp, align 8
  store volatile i64 %uirrv, ptr @uirrv, align 8
  store volatile i64 %v.rip, ptr @rip, align 8
  store volatile i64 %v.rflags, ptr @rflags, align 8
  store volatile i64 %v.rsp, ptr @rsp, align 8
  ret void
}

attributes #0 = { "target-features"="+uintr" }
