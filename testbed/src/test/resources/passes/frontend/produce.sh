#!/usr/bin/env bash
# Produces the front-end inputs of FrontEndHandlersTest with real compilers, untouched:
#   clangN-OL-MODE.ll   clang-N -m32 -OL (MODE sse2: -msse2; default: Clang's -m32 defaults, x87 only)
#   rustc-x86_64-OL.bc  rustc -C opt-level=L, kernel settings (no red zone, no runtime checks); bitcode,
#                       because rustc's LLVM 22 writes text that LLVM 20 does not read
# Needs clang-14, clang-16, clang-19 and rustc (RUSTC_BOOTSTRAP=1 for the abi_x86_interrupt feature).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
for v in 14 16 19; do
  for o in O0 O2; do
    clang-$v -m32 -$o -ffreestanding -fno-pic -msse2 -S -emit-llvm -o "clang$v-$o-sse2.ll" handlers.c 2>/dev/null
    clang-$v -m32 -$o -ffreestanding -fno-pic -S -emit-llvm -o "clang$v-$o-default.ll" handlers.c 2>/dev/null
  done
done
for o in 0 2; do
  RUSTC_BOOTSTRAP=1 rustc --edition 2021 --crate-type=lib -C opt-level=$o -C panic=abort -C no-redzone=yes \
    -C debug-assertions=off -C overflow-checks=off -Z ub-checks=no --target x86_64-unknown-linux-gnu \
    --emit=llvm-bc -o "rustc-x86_64-O$o.bc" handlers.rs
done
