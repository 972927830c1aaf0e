#!/usr/bin/env bash
# Regenerates the oracle's negative controls from the embedded LLVM (through ./iretlab compile):
#   base-*.s     what LLVM really emits for a handler spec;
#   broken-*.s   a base with one deliberate edit, and the finding kind the oracle must report for it
#                (# catches:); its base must not show that kind.
# Run from anywhere: testbed/src/test/resources/oracle/generate.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../../.." && pwd)"

# base NAME "WHAT IT IS" compile-options...
base() {
  local name=$1 what=$2; shift 2
  local triple="" ecode="" features="" prev=""
  for a in "$@"; do
    [ "$prev" = "--triple" ] && triple=$a
    case "$a" in --mattr=*) features=${a#--mattr=} ;; esac
    [ "$prev" = "--params" ] && [ "$a" = "2" ] && ecode=":ecode"
    prev=$a
  done
  {
    echo "# $what"
    echo "# generated: ./iretlab compile $*"
    echo "# triple: $triple"
    [ -z "$features" ] || echo "# features: $features"
    echo "# handler: handler$ecode"
    "$root/iretlab" compile "$@" 2>/dev/null
  } > "$here/base-$name.s"
}

# cbase NAME "WHAT IT IS" TRIPLE SOURCE compiler-and-options...: a base compiled by Clang from
# ../analysis/c/SOURCE (C with inline asm, for what only inline asm does: segment registers, swapgs).
cbase() {
  local name=$1 what=$2 triple=$3 source=$4; shift 4
  {
    echo "# $what"
    echo "# generated: $* -S analysis/c/$source"
    echo "# triple: $triple"
    echo "# handler: handler"
    (cd "$here/.." && "$@" -S -o - "analysis/c/$source" 2>/dev/null | grep -vE '^\s*\.ident')
  } > "$here/base-$name.s"
}

# broken NAME BASE KIND "WHAT WAS CHANGED" sed-script
broken() {
  local name=$1 from=$2 kind=$3 what=$4 script=$5
  {
    echo "# negative control: base-$from.s with $what"
    grep -E '^# (triple|features|handler):' "$here/base-$from.s"
    echo "# catches: $kind"
    grep -vE '^# ' "$here/base-$from.s" | sed -E "$script"
  } > "$here/broken-$name.s"
  if cmp -s <(grep -vE '^# ' "$here/base-$from.s") <(grep -vE '^# ' "$here/broken-$name.s"); then
    echo "generate.sh: the edit of broken-$name.s changed nothing: fix its sed script" >&2
    exit 1
  fi
}

# compiled NAME BASE KIND "WHAT IS DIFFERENT" compile-options...: a control that is LLVM's own output
# for other options, where no edit is needed to show the hazard.
compiled() {
  local name=$1 from=$2 kind=$3 what=$4; shift 4
  {
    echo "# negative control: base-$from.s $what"
    echo "# generated: ./iretlab compile $*"
    grep -E '^# (triple|features|handler):' "$here/base-$from.s"
    echo "# catches: $kind"
    "$root/iretlab" compile "$@" 2>/dev/null
  } > "$here/broken-$name.s"
}

base i686-call "i686-linux handler with a call, no SSE: realigned to 16, ecx/edx/eax saved, cld" \
  --params 1 --body call --triple i686-unknown-linux-gnu
base i386-sse-call "i386 handler with a call and SSE: xmm0-7 saved with movups around it" \
  --params 1 --body call --triple i386-unknown-none --mattr=+sse2
base i386-ecode "i386 error-code handler reading its error code" \
  --params 2 --body error-code --triple i386-unknown-none
base x86_64-ecode "x86-64 error-code handler storing its error code in error_code_seen" \
  --params 2 --body error-code --triple x86_64-unknown-none
base x86_64-leaf-noredzone "x86-64 leaf handler with a 16-byte local, built noredzone: the local is above RSP" \
  --params 1 --body vector=128:16 --attr noredzone --triple x86_64-unknown-none
base x86_64-avx-call "x86-64 AVX handler with a call: ymm0-15 spilled whole with vmovups, vzeroupper before the call" \
  --params 1 --body call --triple x86_64-unknown-none --mattr=+avx
cbase i686-segment-restored "i686 handler (clang-19) that loads DS/ES with 0x10 and restores them with mov, FS/GS with push/pop" \
  i686-unknown-none segment-restored.c clang-19 --target=i686-unknown-none -O2 -mgeneral-regs-only
cbase x86_64-system "x86-64 handler (clang-19) with system instructions, a swapgs pair and rdfsbase/wrfsbase" \
  x86_64-unknown-none system.c clang-19 --target=x86_64-unknown-none -O2 -mgeneral-regs-only -mno-red-zone -mfsgsbase
base i386-sse-call-preserved "base-i386-sse-call after x87-mmx-preserve: fxsave/fninit/ldmxcsr, fxrstor" \
  --params 1 --body call --triple i386-unknown-none --mattr=+sse2 --pass x87-mmx-preserve
base i686-avx-align32-eax "i686 AVX handler with a 32-aligned local and EAX clobbered, after stack-realign-32: EBP and EAX pushed, then and \$-32" \
  --params 1 --body vector=256:32,clobber=eax --triple i686-unknown-linux-gnu --mattr=+avx --pass stack-realign-32

broken no-realign i686-call misaligned-call-site "the realignment removed" '/andl\t\$-16, %esp/d'
broken ecx-unsaved i686-call gpr-clobbered "the save and restore of ecx removed" \
  '/^\t(push|pop)l\t%ecx/d; s/leal\t-12\(%ebp\), %esp/leal\t-8(%ebp), %esp/'
broken no-cld i686-call missing-cld "the cld removed" '/^\tcld/d'
broken xmm0-unsaved i386-sse-call vector-clobbered "the spill and reload of xmm0 removed" \
  '/movups\t(%xmm0, .*Spill|.*, %xmm0 .*Reload)/d'
broken ecode-not-popped i386-ecode sp-at-iret-wrong "the error code not popped" '/addl\t\$4, %esp/d'
broken ecode-reads-rip x86_64-ecode wrong-error-code "the error code read one slot too high, from the frame's RIP" \
  's/movq\t16\(%rsp\), %rax/movq\t24(%rsp), %rax/'
compiled red-zone x86_64-leaf-noredzone stack-below-sp-use "without noredzone: LLVM keeps the local below RSP" \
  --params 1 --body vector=128:16 --triple x86_64-unknown-none
# The oracle's entry misalignments must reach both halves of a 32-byte line after two pushes: with
# 0, 4, 8 and 12 below a 16-aligned top, every scenario ran this handler's vmovaps aligned.
compiled realign16-two-pushes i686-avx-align32-eax misaligned-stack-access "without stack-realign-32: LLVM realigns to 16 only after pushing EBP and EAX (llvm#225366)" \
  --params 1 --body vector=256:32,clobber=eax --triple i686-unknown-linux-gnu --mattr=+avx
broken x87-not-restored i386-sse-call-preserved x87-state-clobbered "fxrstor replaced by reloading MXCSR alone" \
  's/fxrstor\t\(([^)]*)\)/ldmxcsr\t24(\1)/'
broken mxcsr-leaked i386-sse-call-preserved mxcsr-clobbered "MXCSR status flags set after the fxrstor" \
  's/fxrstor\t\(([^)]*)\)/fxrstor\t(\1)\n\torl\t$63, 24(\1)\n\tldmxcsr\t24(\1)/'
broken ymm5-upper-lost x86_64-avx-call vector-clobbered "ymm5 reloaded as xmm5: the VEX load zeroes its upper half" \
  's/(vmovups\t[0-9]+\(%rsp\)), %ymm5( .*Reload)/\1, %xmm5\2/'
broken ds-not-restored i686-segment-restored segment-clobbered "the mov that restores DS removed" '/^\tmovl\t%eax, %ds/d'
broken swapgs-unpaired x86_64-system segment-clobbered "one swapgs of the pair removed: the GS bases stay exchanged" \
  '0,/^\tswapgs/{//d}'

# Handlers that do not return (halted, spinning, a noreturn call) beside handlers that do, as Clang
# compiles them for a kernel: NeverReturningHandlerTest.
for t in x86_64 i686; do
  (cd "$here" && clang-16 --target=$t-unknown-linux-gnu -O2 -mgeneral-regs-only -S noreturn.c -o - 2>/dev/null) \
    | grep -vE '^\s*\.(ident|addrsig|section\s+"?\.note)' > "$here/clang-noreturn-$t.s"
done
# A kernel the test links as an executable: RunCommandTest.
(cd "$here" && clang-16 --target=i686-unknown-linux-gnu -O2 -mgeneral-regs-only -ffreestanding -S kernel.c -o - 2>/dev/null) \
  | grep -vE '^\s*\.(ident|addrsig|section\s+"?\.note)' > "$here/clang-kernel-i686.s"
# Handlers calling functions of their own module (in-module-callee.ll), by llc: LLVM 19 realigns the
# 32-bit interrupt stack before a call, LLVM 14 does not (a control that is real compiler output);
# x86-64 needs no realignment, and its control moves the call 8 bytes down the stack (an edit, so
# that the stepped scenario meets a breakpoint too). OracleControlsTest, InModuleCalleeTest.
llc_callee() {
  local triple=$1; shift
  echo "# triple: $triple"
  echo "# handler: handler"
  "$@" -O2 -mtriple=$triple "$here/in-module-callee.ll" -o - | grep -vE '^\s*\.(ident|addrsig|section\s+"?\.note)'
}
{
  echo "# i386 handlers calling functions of their own module, by LLVM 19 (llc-19 -O2): it realigns"
  llc_callee i386-pc-linux-gnu llc-19
} > "$here/base-i386-in-module-call.s"
{
  echo "# negative control: base-i386-in-module-call.s as LLVM 14 compiles it (llc-14 -opaque-pointers -O2): no realignment"
  echo "# catches: misaligned-call-site"
  llc_callee i386-pc-linux-gnu llc-14 -opaque-pointers
} > "$here/broken-i386-in-module-call-llvm14.s"
{
  echo "# x86-64 handlers calling functions of their own module, by LLVM 19 (llc-19 -O2)"
  llc_callee x86_64-pc-linux-gnu llc-19
} > "$here/base-x86_64-in-module-call.s"
broken x86_64-in-module-call x86_64-in-module-call misaligned-call-site "a push around the handler's call to count" \
  '/^handler:/,/iretq/s/^\tcallq\tcount$/\tpushq\t%rax\n\tcallq\tcount\n\tpopq\t%rax/'
