; id: 01
; title: 32-bit handler calls a function with ESP only 4-aligned (no realignment before the call)
; upstream: llvm/llvm-project#26851, D151400
; wrong: the 32-bit handler calls out with ESP only 4-aligned: no andl $-16,%esp before the call (LLVM 3.9 to 16)
; correct: pushl %ebp; movl %esp,%ebp; pushes; andl $-16,%esp before the call; leal -k(%ebp),%esp; pops; iretl (GCC and LLVM >= 17)
; gcc: emits pushl %ebp; movl %esp,%ebp; pushl %ecx; pushl %edx; pushl %eax; andl $-16,%esp; cld; call bar; movl $0,i; leal -12(%ebp),%esp; popl %eax; popl %edx; popl %ecx; popl %ebp; iret (the output quoted as the reference in llvm#26851 / bz26477)
; target: i686-unknown-linux-gnu
; target: i686-unknown-linux-gnu mattr=-sse
; target: i686-unknown-unknown
; subject: misaligned-call-site
; expect: i686-unknown-linux-gnu | i686-unknown-linux-gnu mattr=-sse @ llvm13-16: misaligned-call-site mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-unknown @ llvm>=13: mmx-state-clobbered x87-state-clobbered
; expect: i686-unknown-linux-gnu | i686-unknown-linux-gnu mattr=-sse @ llvm>=17: mmx-state-clobbered x87-state-clobbered
; after-fix: * @ llvm>=13: none
; oracle: i686-unknown-linux-gnu | i686-unknown-linux-gnu mattr=-sse @ llvm13-16: misaligned-call-site mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-unknown @ llvm>=13: mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle: i686-unknown-linux-gnu | i686-unknown-linux-gnu mattr=-sse @ llvm>=17: mmx-state-clobbered x87-state-clobbered; CR0.TS=1: #NM
; oracle-after-fix: * @ llvm>=13: none; CR0.TS=1: #NM
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: upstream: upstream-facts section 2 and 6 row 1: measured 13-16 show it, 17+ do not
; RUN: llc -mtriple=i686-unknown-linux-gnu -O2 -relocation-model=static < %s
; RUN: llc -mtriple=i686-unknown-linux-gnu -O2 -mattr=-sse -relocation-model=static < %s
; RUN: llc -mtriple=i686-unknown-unknown -O2 -relocation-model=static < %s
; observed: llvm=20: compiles on all three; pushl %ebp; movl %esp,%ebp; pushl edx,ecx,eax; andl $-16,%esp (linux-gnu: + subl $16,%esp); cld; calll bar; movl $0,i; leal -12(%ebp),%esp; pops; iretl
; note: LLVM 14.0.6 (Debian llc) has no ebp frame and no andl on any of the three: pushl edx,ecx,eax; cld; calll bar; movl $0,i; pops; iretl (the #26851 symptom).
; note: LLVM 20 realigns on i686-unknown-unknown too (D151400 forces it for every 32-bit x86_intrcc handler), although that triple's own ABI only needs 4 bytes.
target triple = "i686-unknown-linux-gnu"

%F32 = type { i32, i32, i32, i32, i32 }

@i = external dso_local global i32

declare dso_local void @bar()

; C: void __attribute__((interrupt)) foo(void *frame) { bar(); i = 0; }
define x86_intrcc void @foo(ptr byval(%F32) %frame) {
entry:
  call void @bar()
  store volatile i32 0, ptr @i, align 4
  ret void
}
