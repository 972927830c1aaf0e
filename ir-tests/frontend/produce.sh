#!/usr/bin/env bash
# Produces the front-end cases of the corpus from the sources in this folder, with real compilers:
#   ir-tests/cases/fe-*.ll   the compiler's IR, untouched, after the case header: the case's own header when the
#                            case exists (its recorded expectations are kept), else the seed headers/<case>.header
#   ir-tests/cases/fe-*.bc   the same module as bitcode
#   gcc/*.s                  GCC's assembly for the C sources, as a reference for correct code
#   gcc/*.o                  GCC's objects for the kernel-pattern sources (check --object / run --object inputs)
# The kernel-pattern sources (kernel_io.h and the files it serves, kernel.rs) reproduce what public hobby kernels'
# handlers do (docs/real-kernels.md lists the kernels and patterns); they are our own code.
# Needs clang-14, clang-16, clang-19 and gcc-12 (Debian packages), rustc (RUSTC_BOOTSTRAP=1 for the
# abi_x86_interrupt feature) for handlers.rs, and Debian's rustc 1.63 (/usr/bin/rustc) for kernel.rs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cases="$here/../cases"
mkdir -p "$here/gcc"

x86_64=(-target x86_64-unknown-linux-gnu -mno-red-zone)

# header NAME: the header lines of case NAME, everything before the module's own "; ModuleID" line; a new case
# starts from its seed. Expectations are then written by `iretlab reproduce --record`, never here.
header() {
  local name=$1
  if [ -f "$cases/$name.ll" ]; then
    sed '/^; ModuleID/,$d' "$cases/$name.ll"
  else
    cat "$here/headers/$name.header"
  fi
}

# fe_case NAME COMPILER SOURCE FLAGS...: the IR of SOURCE as COMPILER writes it with FLAGS, under the case header.
fe_case() {
  local name=$1 compiler=$2 src=$3; shift 3
  local tmp; tmp=$(mktemp -d)
  # Compiled from this folder with a relative path, so no path of this machine gets into the module.
  (cd "$here" && "$compiler" -ffreestanding -fno-pic "$@" -S -emit-llvm -o "$tmp/ir.ll" "$src" 2>/dev/null)
  (cd "$here" && "$compiler" -ffreestanding -fno-pic "$@" -c -emit-llvm -o "$cases/$name.bc" "$src" 2>/dev/null)
  header "$name" > "$tmp/case.ll"
  cat "$tmp/case.ll" "$tmp/ir.ll" > "$cases/$name.ll"
  rm -r "$tmp"
}

fe_case fe-clang14-timer-tick-m32 clang-14 timer_tick.c -O2 -m32
fe_case fe-clang14-page-fault-m32 clang-14 page_fault.c -O2 -m32
fe_case fe-clang14-float-stats-m32-nosse clang-14 float_stats.c -O2 -m32 -mno-sse
fe_case fe-clang14-page-fault-x86_64 clang-14 page_fault.c -O2 "${x86_64[@]}"
fe_case fe-clang14-float-stats-x86_64 clang-14 float_stats.c -O2 "${x86_64[@]}"
fe_case fe-clang14-page-fault-x86_64-general-regs-only clang-14 page_fault.c -O2 "${x86_64[@]}" -mgeneral-regs-only

# Kernel patterns (docs/real-kernels.md): each source with the compilers and flags the kernels that have the
# pattern build with; "gro" is -mgeneral-regs-only, O0 a debug build.
fe_case fe-clang19-pic-irqs-x86_64-gro clang-19 pic_irqs.c -O2 "${x86_64[@]}" -mgeneral-regs-only
fe_case fe-clang14-pic-irqs-m32 clang-14 pic_irqs.c -O2 -m32
fe_case fe-clang16-pic-irqs-x86_64-O0 clang-16 pic_irqs.c -O0 "${x86_64[@]}"
fe_case fe-clang16-kbd-switch-m32-gro clang-16 kbd_switch.c -O2 -m32 -mgeneral-regs-only
fe_case fe-clang19-kbd-switch-x86_64 clang-19 kbd_switch.c -O2 "${x86_64[@]}"
fe_case fe-clang16-spinlock-x86_64-gro clang-16 spinlock_irqs.c -O2 "${x86_64[@]}" -mgeneral-regs-only
fe_case fe-clang14-spinlock-m32-gro clang-14 spinlock_irqs.c -O2 -m32 -mgeneral-regs-only
fe_case fe-clang14-segments-m32-gro clang-14 segments.c -O2 -m32 -mgeneral-regs-only
fe_case fe-clang19-segments-m32-O0 clang-19 segments.c -O0 -m32
fe_case fe-clang16-fatal-x86_64-gro clang-16 fatal.c -O2 "${x86_64[@]}" -mgeneral-regs-only
fe_case fe-clang14-fatal-m32 clang-14 fatal.c -O2 -m32
fe_case fe-clang19-ctlregs-x86_64-gro clang-19 ctlregs.c -O2 "${x86_64[@]}" -mgeneral-regs-only
fe_case fe-clang16-callee-facts-x86_64 clang-16 callee_facts.c -O2 "${x86_64[@]}"
fe_case fe-clang19-callee-facts-x86_64-gro clang-19 callee_facts.c -O2 "${x86_64[@]}" -mgeneral-regs-only
fe_case fe-clang14-float-local-x86_64 clang-14 float_local.c -O2 "${x86_64[@]}"
fe_case fe-clang16-lapic-timer-cpp-x86_64-O0 clang++-16 lapic_timer.cpp -O0 "${x86_64[@]}" -fno-exceptions -fno-rtti

# rust_case NAME RUSTC SOURCE FLAGS...
rust_case() {
  local name=$1 rustc=$2 src=$3; shift 3
  local tmp; tmp=$(mktemp -d)
  local stem=${src%.rs}
  (cd "$here" && RUSTC_BOOTSTRAP=1 "$rustc" --edition 2021 --crate-type=lib -C panic=abort \
    --target x86_64-unknown-linux-gnu "$@" --emit=llvm-ir,llvm-bc --out-dir "$tmp" "$src" 2>/dev/null)
  header "$name" > "$tmp/case.ll"
  cat "$tmp/case.ll" "$tmp/$stem.ll" > "$cases/$name.ll"
  cp "$tmp/$stem.bc" "$cases/$name.bc"
  rm -r "$tmp"
}

rust_case fe-rustc-handlers-x86_64 rustc handlers.rs -C opt-level=2
# A Rust kernel's settings: its target JSON's "-mmx,-sse,+soft-float" (or "-sse,+soft-float") and
# "disable-redzone", a static relocation model; release (opt-level 2) and dev (opt-level 0) profiles.
rust_kernel=(-C no-redzone=yes -C relocation-model=static)
rust_case fe-rustc163-kernel-softfloat-x86_64 /usr/bin/rustc kernel.rs -C opt-level=2 "${rust_kernel[@]}" \
  -C target-feature=-mmx,-sse,+soft-float
rust_case fe-rustc163-kernel-nosse-x86_64 /usr/bin/rustc kernel.rs -C opt-level=2 "${rust_kernel[@]}" \
  -C target-feature=-sse,+soft-float
rust_case fe-rustc163-kernel-softfloat-x86_64-O0 /usr/bin/rustc kernel.rs -C opt-level=0 "${rust_kernel[@]}" \
  -C target-feature=-mmx,-sse,+soft-float

# GCC refuses floating point in an interrupt handler built with -mgeneral-regs-only: that refusal is the reference.
# gcc_build SOURCE MODE [object]: GCC's assembly (or its refusal in .err), and with "object" the object too, the
# input of check --object and run --object.
gcc_build() {
  local src=$1 mode=$2 object=${3:-}
  local flags=(-O2 -mgeneral-regs-only -fno-pic -ffreestanding)
  [ "$mode" = m32 ] && flags+=(-m32) || flags+=(-mno-red-zone)
  local out="gcc/${src%.c}-$mode"
  if ! (cd "$here" && gcc-12 "${flags[@]}" -S -o "$out.s" "$src" 2> "$out.err"); then
    rm -f "$here/$out.s"
    return 0
  fi
  rm -f "$here/$out.err"
  if [ -n "$object" ]; then
    (cd "$here" && gcc-12 "${flags[@]}" -c -o "$out.o" "$src")
  fi
}
for src in timer_tick page_fault float_stats; do
  for mode in m32 x86_64; do
    gcc_build "$src.c" "$mode"
  done
done
for src in pic_irqs kbd_switch spinlock_irqs fatal ctlregs callee_facts float_local; do
  for mode in m32 x86_64; do
    gcc_build "$src.c" "$mode" object
  done
done
gcc_build segments.c m32 object
