#!/usr/bin/env bash
# Regenerates the callee-facts test inputs from their sources with the compilers installed here
# (clang-19, gcc-12, rustc); the .ll/.s files are their output as it is. ncsr-llc.ll and
# stub-*.s are written by hand (they say so). Run from anywhere.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
kernel="-O2 -ffreestanding -fno-pic -mno-red-zone -fno-asynchronous-unwind-tables"
clang-19 $kernel -mgeneral-regs-only -target x86_64-unknown-linux-gnu -S -emit-llvm -o kernel-gro-x86_64.ll kernel.c
clang-19 $kernel -mgeneral-regs-only -target i686-unknown-linux-gnu -S -emit-llvm -o kernel-gro-i686.ll kernel.c
clang-19 $kernel -target x86_64-unknown-linux-gnu -S -emit-llvm -o ncsr-clang-x86_64.ll ncsr.c
clang-19 $kernel -mgeneral-regs-only -target x86_64-unknown-linux-gnu -S -emit-llvm -o sse-helper-quiet.ll sse_helper.c
clang-19 $kernel -mgeneral-regs-only -DUSE_SSE -target x86_64-unknown-linux-gnu -S -emit-llvm -o sse-helper-xmm.ll sse_helper.c
gcc-12 -m32 -O2 -fpic -mgeneral-regs-only -fno-asynchronous-unwind-tables -S -o pic-gcc-i386.s kernel.c
RUSTC_BOOTSTRAP=1 rustc --crate-type=lib -O --target x86_64-unknown-linux-gnu -C target-feature=-sse,+soft-float \
  -C no-redzone=yes -C panic=abort --emit=llvm-ir=rust-soft-float.ll,llvm-bc=rust-soft-float.bc handlers.rs 2>/dev/null
# Paths of this machine are no part of the inputs.
sed -i -E '/^(; ModuleID|source_filename|!llvm.ident|![0-9]+ = !\{!"(Debian )?clang|\t\.ident)/d' ./*.ll ./*.s 2>/dev/null || true
