; id: 01
; title: 32-bit handler calls a function with ESP only 4-aligned (no realignment before the call)
; upstream: llvm/llvm-project#26851, D151400
; target: i686-unknown-linux-gnu
; target: i686-unknown-linux-gnu mattr=-sse
; target: i686-unknown-unknown
; RUN: llc -mtriple=i686-unknown-linux-gnu < %s
; RUN: llc -mtriple=i686-unknown-linux-gnu -mattr=-sse < %s
; RUN: llc -mtriple=i686-unknown-unknown < %s
; expect-llvm20: compiles on all three; pushl %ebp; movl %esp,%ebp; pushl edx,ecx,eax; andl $-16,%esp (linux-gnu: + subl $16,%esp); cld; calll bar; movl $0,i; leal -12(%ebp),%esp; pops; iretl
; static-llvm20: i686-unknown-linux-gnu => x87-state-clobbered
; static-llvm20: i686-unknown-linux-gnu mattr=-sse => x87-state-clobbered
; static-llvm20: i686-unknown-unknown => x87-state-clobbered
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
