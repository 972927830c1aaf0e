#!/usr/bin/env bash
# Regenerates the analyser's cases made from C with inline asm (c/*.c), compiled by Clang or GCC:
#   cc-*.s   what the compiler emits for the handler, with the finding kinds the analyser must report.
# The compilers are Debian's clang-14/16/19 and gcc-12. Run from anywhere: testbed/src/test/resources/analysis/generate-c.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"

# cc NAME "EXPECTED KINDS" "WHAT IT SHOWS" TRIPLE SOURCE compiler-and-options...
cc() {
  local name=$1 expect=$2 what=$3 triple=$4 source=$5; shift 5
  {
    echo "# $what"
    echo "# generated: $* -S c/$source"
    echo "# triple: $triple"
    case " $* " in *" -msse2 "*) echo "# features: +sse2" ;; esac
    echo "# handler: handler"
    echo "# expect: ${expect:-none}"
    "$@" -S -o - "c/$source" 2>/dev/null | grep -vE '^\s*\.ident'
  } > "cc-$name.s"
}

I686="clang-19 --target=i686-unknown-none -O2 -mgeneral-regs-only"
X64="clang-19 --target=x86_64-unknown-none -O2 -mgeneral-regs-only -mno-red-zone"

cc port-io-i686 "" "port I/O (in, out, rep insw after cld), all operands declared" i686-unknown-none port-io.c $I686
cc port-io-x86_64 "" "the same on x86-64, by clang-16 at -O0" x86_64-unknown-none port-io.c \
  clang-16 --target=x86_64-unknown-none -O0 -mgeneral-regs-only -mno-red-zone
cc port-io-gcc-i686 "" "the same by GCC" i686-unknown-none port-io.c gcc -m32 -O2 -mgeneral-regs-only -fno-pic
cc port-io-undeclared-i686 "gpr-clobbered" "inb into AL without declaring it: EAX is not saved" i686-unknown-none \
  port-io-undeclared.c $I686
cc port-io-no-cld-x86_64 "missing-cld" "rep insw without cld, by GCC (Clang adds a cld to a handler with inline asm)" \
  x86_64-unknown-none port-io-no-cld.c gcc -O2 -mgeneral-regs-only -mno-red-zone -fno-pic
cc atomic-i686 "" "xchg, pause, lock add/xadd/cmpxchg/cmpxchg8b, fences" i686-unknown-none atomic.c \
  clang-19 --target=i686-unknown-none -march=i686 -O2 -mgeneral-regs-only
cc atomic-x86_64 "" "the same on x86-64 with cmpxchg16b, by clang-14" x86_64-unknown-none atomic.c \
  clang-14 --target=x86_64-unknown-none -O2 -mgeneral-regs-only -mno-red-zone -mcx16
cc atomic-undeclared-x86_64 "gpr-clobbered" "lock cmpxchg without declaring EAX" x86_64-unknown-none atomic-undeclared.c $X64
cc system-i686 "" "CR/DR moves, rdtsc(p), rdmsr/wrmsr, invlpg, sidt/lidt, sgdt/lgdt, str, clts, cli, wbinvd" \
  i686-unknown-none system.c $I686
cc system-x86_64 "" "the same on x86-64, with a swapgs pair and rdfsbase/wrfsbase" x86_64-unknown-none system.c \
  $X64 -mfsgsbase
cc system-undeclared-x86_64 "gpr-clobbered" "rdtscp without declaring ECX" x86_64-unknown-none system-undeclared.c $X64
cc system-halt-i686 "" "str, sti; hlt; cli, ltr: the path goes on after hlt to the iret" i686-unknown-none system-halt.c $I686
cc segment-restored-i686 "" "DS/ES saved and restored with mov, FS/GS with push/pop" i686-unknown-none segment-restored.c $I686
cc segment-restored-i686-O0 "" "the same at -O0: the selectors go through stack slots" i686-unknown-none segment-restored.c \
  clang-19 --target=i686-unknown-none -O0 -mgeneral-regs-only
cc segment-restored-x86_64 "" "DS/ES saved and restored with mov on x86-64" x86_64-unknown-none segment-restored.c $X64
cc segment-clobbered-i686 "segment-clobbered" "DS and ES loaded and not restored" i686-unknown-none segment-clobbered.c $I686
cc segment-clobbered-x86_64 "segment-clobbered" "the same on x86-64, by clang-16" x86_64-unknown-none segment-clobbered.c \
  clang-16 --target=x86_64-unknown-none -O2 -mgeneral-regs-only -mno-red-zone
cc swapgs-unpaired-x86_64 "segment-clobbered" "one swapgs: the GS bases stay exchanged" x86_64-unknown-none swapgs-unpaired.c $X64
cc switch-i686 "" "a six-case switch: jmp *TABLE(,%eax,4), the table relocated by R_386_32" i686-unknown-none switch.c $I686
cc switch-x86_64 "" "the same on x86-64 without PIC: jmpq *TABLE(,%rax,8)" x86_64-unknown-none switch.c $X64 -fno-pic
cc switch-x86_64-pic "" "the same with PIC: lea TABLE(%rip), movslq, add, jmp *%rax; entries R_X86_64_PC32" \
  x86_64-unknown-none switch.c $X64 -fpic
cc switch-case-clobbers-i686 "gpr-clobbered" "case 0, reached only through the table, changes EBX" i686-unknown-none \
  switch-case-clobbers.c $I686
cc switch-case-clobbers-x86_64-pic "gpr-clobbered" "the same on x86-64 with PIC" x86_64-unknown-none \
  switch-case-clobbers.c $X64 -fpic
cc volatile-float-x86_64 "" "a volatile float next to xmm0's spill: movss writes 4 bytes" x86_64-unknown-none volatile-float.c \
  clang-19 --target=x86_64-unknown-none -O2 -mno-red-zone
cc volatile-float-x86_64-O0 "" "the same at -O0" x86_64-unknown-none volatile-float.c \
  clang-19 --target=x86_64-unknown-none -O0 -mno-red-zone
cc volatile-float-i686 "" "the same on i686 with SSE2" i686-unknown-none volatile-float.c \
  clang-19 --target=i686-unknown-none -O2 -msse2
cc volatile-double-x86_64 "" "a volatile double: movsd writes 8 bytes" x86_64-unknown-none volatile-double.c \
  clang-19 --target=x86_64-unknown-none -O2 -mno-red-zone
cc frame-leave-gcc-i686 "" "GCC's frame for a 16-aligned local: realigned, left with leave" i686-unknown-none \
  frame-leave.c gcc -m32 -O2 -mgeneral-regs-only -fno-pic
# The object too: gas pads its aligned loop with lea 0(%esi,%eiz,1), %esi (LLVM's assembler pads otherwise).
gcc -m32 -O2 -mgeneral-regs-only -fno-pic -c -o gcc-frame-leave-i686.o c/frame-leave.c

# broken NAME FROM "EXPECTED KINDS" "WHAT WAS BROKEN" sed-script: cc-FROM.s with one deliberate edit.
broken() {
  local name=$1 from=$2 expect=$3 what=$4 script=$5
  {
    echo "# negative control: cc-$from.s with $what"
    grep -E '^# (triple|features|handler|options):' "cc-$from.s"
    echo "# expect: ${expect:-none}"
    grep -vE '^# ' "cc-$from.s" | sed -E "$script"
  } > "broken-$name.s"
}

broken x86_64-float-over-spill volatile-float-x86_64 "vector-clobbered" \
  "the float local moved onto the first 4 bytes of xmm0's spill slot" 's/-20\(%rbp\)/-16(%rbp)/g'
broken i686-leave-wrong-frame frame-leave-gcc-i686 "sp-at-iret-wrong gpr-clobbered" \
  "EBP moved 4 bytes before leave, so leave restores the wrong SP and pops EBP from the wrong slot" 's/^\tleave$/\taddl\t$4, %ebp\n\tleave/'
