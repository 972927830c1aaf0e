; A frame of an opaque (incomplete) struct, as Clang 14 writes for GCC's documented prototype.
; RUN: llc -mtriple=i686-unknown-linux-gnu < %s
; lint: byval-frame-check/frame-unsized
; llvm-20: verifier: Attribute 'byval' does not support unsized types!
target triple = "i686-unknown-linux-gnu"

%struct.interrupt_frame = type opaque

define x86_intrcc void @h(ptr byval(%struct.interrupt_frame) %frame) {
  ret void
}
