#!/usr/bin/env bash
# Produces the front-end cases of the corpus from the sources in this folder, with real compilers:
#   ir-tests/cases/fe-*.ll   the compiler's IR, untouched, after the case header kept in headers/<case>.header
#   ir-tests/cases/fe-*.bc   the same module as bitcode
#   gcc/*.s                  GCC's assembly for the C sources, as a reference for correct code
# Needs clang-14 and gcc (Debian packages) and rustc (RUSTC_BOOTSTRAP=1 for the abi_x86_interrupt feature).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cases="$here/../cases"
mkdir -p "$here/gcc"

# clang NAME SOURCE FLAGS...
clang_case() {
  local name=$1 src=$2; shift 2
  local tmp; tmp=$(mktemp -d)
  # Compiled from this folder with a relative path, so no path of this machine gets into the module.
  (cd "$here" && clang-14 -O2 -ffreestanding -fno-pic "$@" -S -emit-llvm -o "$tmp/ir.ll" "$src" 2>/dev/null)
  (cd "$here" && clang-14 -O2 -ffreestanding -fno-pic "$@" -c -emit-llvm -o "$cases/$name.bc" "$src" 2>/dev/null)
  cat "$here/headers/$name.header" "$tmp/ir.ll" > "$cases/$name.ll"
  rm -r "$tmp"
}

clang_case fe-clang14-timer-tick-m32 timer_tick.c -m32
clang_case fe-clang14-page-fault-m32 page_fault.c -m32
clang_case fe-clang14-float-stats-m32-nosse float_stats.c -m32 -mno-sse
clang_case fe-clang14-page-fault-x86_64 page_fault.c -target x86_64-unknown-linux-gnu -mno-red-zone
clang_case fe-clang14-float-stats-x86_64 float_stats.c -target x86_64-unknown-linux-gnu -mno-red-zone
clang_case fe-clang14-page-fault-x86_64-general-regs-only page_fault.c -target x86_64-unknown-linux-gnu -mno-red-zone -mgeneral-regs-only

tmp=$(mktemp -d)
(cd "$here" && RUSTC_BOOTSTRAP=1 rustc --edition 2021 --crate-type=lib -C opt-level=2 -C panic=abort \
  --target x86_64-unknown-linux-gnu --emit=llvm-ir,llvm-bc --out-dir "$tmp" handlers.rs)
cat "$here/headers/fe-rustc-handlers-x86_64.header" "$tmp/handlers.ll" > "$cases/fe-rustc-handlers-x86_64.ll"
cp "$tmp/handlers.bc" "$cases/fe-rustc-handlers-x86_64.bc"
rm -r "$tmp"

# GCC refuses floating point in an interrupt handler built with -mgeneral-regs-only: that refusal is the reference.
for src in timer_tick page_fault float_stats; do
  for mode in m32 x86_64; do
    flags=(-O2 -mgeneral-regs-only -fno-pic -ffreestanding -S)
    [ "$mode" = m32 ] && flags+=(-m32) || flags+=(-mno-red-zone)
    if ! (cd "$here" && gcc "${flags[@]}" -o "gcc/$src-$mode.s" "$src.c" 2> "gcc/$src-$mode.err"); then
      rm -f "$here/gcc/$src-$mode.s"
    else
      rm -f "$here/gcc/$src-$mode.err"
    fi
  done
done
