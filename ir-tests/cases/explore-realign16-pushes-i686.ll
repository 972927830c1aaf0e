; id: explore-realign16-pushes-i686
; title: 32-bit handler that saves a register and has a local aligned to 32: realigned to 16 only, which every one of the oracle's first four entry misalignments hid
; upstream: llvm/llvm-project#225366 (the 32-bit realignment regression of cases 25-32)
; wrong: LLVM >= 17 realigns the handler's stack to 16 where its local needs 32; after pushl %ebp and pushl %eax the vmovaps to the local is misaligned for half of the interrupted code's stack pointers mod 32. The oracle's entry misalignments (0, 4, 8 and 12 below a 16-aligned top) all put it on the aligned half, so QEMU ran it without a fault while the static verdict found the access (explore_001188 of the second one-hour run: an llvm-stress body on i686-pc-windows-msvc-elf +avx -O3)
; correct: pushl %ebp; movl %esp, %ebp; pushl %eax; andl $-32, %esp before the aligned access (LLVM 16 does)
; target: i686-pc-windows-msvc-elf mattr=+avx
; target: i386-unknown-none mattr=+avx
; subject: misaligned-stack-access
; expect: * @ llvm13-16: none
; expect: * @ llvm>=17: misaligned-stack-access
; after-fix: * @ llvm>=13: none
; oracle: * @ llvm13-16: none; CR0.TS=1: #NM
; oracle: * @ llvm>=17: handler-fault misaligned-stack-access; CR0.TS=1: #NM
; oracle-after-fix: * @ llvm>=13: none; CR0.TS=1: #NM
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; source: iretlab explore --seed 2026 (the second one-hour run): explore_001188, misaligned-stack-access found statically on LLVM 17-20 and not under QEMU; reduced to a 32-aligned local and an asm that makes the handler save EAX
; RUN: llc -mtriple=i686-pc-windows-msvc-elf -O2 -mattr=+avx -relocation-model=static < %s
; RUN: llc -mtriple=i386-unknown-none -O2 -mattr=+avx -relocation-model=static < %s
target triple = "i686-pc-windows-msvc-elf"

%F32 = type { i32, i32, i32, i32, i32 }

define x86_intrcc void @h(ptr byval(%F32) %frame) {
entry:
  %v = alloca <8 x float>, align 32
  call void asm sideeffect "movl $$1, %eax", "~{eax},~{dirflag},~{fpsr},~{flags}"()
  store volatile <8 x float> <float 1.0, float 2.0, float 3.0, float 4.0, float 5.0, float 6.0, float 7.0, float 8.0>, ptr %v, align 32
  ret void
}
