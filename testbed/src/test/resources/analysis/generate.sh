#!/usr/bin/env bash
# Regenerates the analyser's test cases from the embedded LLVM (through ./iretlab compile):
#   real-*.s    what LLVM really emits for a handler spec, with the finding kinds the analyser must report;
#   broken-*.s  a real case with one deliberate edit (the negative control of a rule), and its kinds.
# Hand-written cases (hand-*.s) are not touched. Run from anywhere: testbed/src/test/resources/analysis/generate.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../../.." && pwd)"

# real NAME "EXPECTED KINDS" "WHAT IT SHOWS" compile-options...
real() {
  local name=$1 expect=$2 what=$3; shift 3
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
    echo "# expect: ${expect:-none}"
    "$root/iretlab" compile "$@"
  } > "$here/real-$name.s"
}

# broken NAME FROM "EXPECTED KINDS" "WHAT WAS BROKEN" sed-script
broken() {
  local name=$1 from=$2 expect=$3 what=$4 script=$5
  {
    echo "# negative control: real-$from.s with $what"
    grep -E '^# (triple|features|handler|options):' "$here/real-$from.s"
    echo "# expect: ${expect:-none}"
    grep -vE '^# ' "$here/real-$from.s" | sed -E "$script"
  } > "$here/broken-$name.s"
}

real i686-call "x87-state-clobbered mmx-state-clobbered" "i686 handler with a call: realigned to 16, cld before the call; the callee may use x87" \
  --params 1 --body call --triple i686-unknown-linux-gnu
real x86_64-call "x87-state-clobbered mmx-state-clobbered mxcsr-clobbered" "x86-64 handler with a call: all caller-saved GPRs and xmm saved" \
  --params 1 --body call --triple x86_64-unknown-none
real x86_64-ecode-call-nosse "misaligned-call-site x87-state-clobbered mmx-state-clobbered" "x86-64 error-code handler with a call (llvm#224029): one push too many" \
  --params 2 --body call --triple x86_64-unknown-none --mattr=-sse
real x86_64-avx512-call "x87-state-clobbered mmx-state-clobbered mxcsr-clobbered" "x86-64 AVX-512 handler with a call: zmm0-31 and k0-7 saved and restored" \
  --params 1 --body call --triple x86_64-unknown-none --mattr=+avx512f
real i386-avx-local32 "misaligned-stack-access" "i386 AVX local aligned to 32 (llvm#225366): realigned only to 16, then vmovaps" \
  --params 1 --body vector=256:32 --triple i386-unknown-none --mattr=+avx
real i686-windows-elf-avx-local32 "misaligned-stack-access x87-state-clobbered mmx-state-clobbered mxcsr-clobbered" "i686-pc-windows-msvc-elf (ELF instead of COFF): a call and an AVX local aligned to 32, realigned only to 16; 4-byte callee alignment" \
  --params 1 --body call,vector=256:32 --triple i686-pc-windows-msvc-elf --mattr=+avx
real x86_64-avx-local32 "" "x86-64 AVX local aligned to 32: realigned to 32" \
  --params 1 --body vector=256:32 --triple x86_64-unknown-none --mattr=+avx
real x86_64-leaf-local "red-zone-use" "x86-64 leaf handler with a local: kept in the red zone, below RSP" \
  --params 1 --body vector=128:16 --triple x86_64-unknown-none
real x86_64-leaf-local-noredzone "" "the same with noredzone: the local is above RSP" \
  --params 1 --body vector=128:16 --attr noredzone --triple x86_64-unknown-none
real x86_64-x87 "x87-state-clobbered mmx-state-clobbered fp-env-inherited" "x86-64 handler doing x86_fp80 arithmetic (llvm#26785)" \
  --params 1 --body x87 --triple x86_64-unknown-none
real i386-mmx "mmx-state-clobbered x87-state-clobbered" "i386 handler using MMX in inline asm (llvm#26785)" \
  --params 1 --body mmx --triple i386-unknown-none
real x86_64-float "mxcsr-clobbered fp-env-inherited red-zone-use" "x86-64 handler doing SSE float arithmetic; xmm0 spilled below RSP" \
  --params 1 --body float --triple x86_64-unknown-none
real x86_64-ecode "" "x86-64 error-code handler reading its error code" \
  --params 2 --body error-code --triple x86_64-unknown-none
real i386-ecode "" "i386 error-code handler reading its error code" \
  --params 2 --body error-code --triple i386-unknown-none
real i386-pressure "" "i386 handler with more live values than registers: spills and reloads" \
  --params 1 --body pressure=12 --triple i386-unknown-none

broken i686-call-no-realign i686-call "misaligned-call-site x87-state-clobbered mmx-state-clobbered" "the realignment removed" '/andl\t\$-16, %esp/d'
broken i686-call-no-cld i686-call "missing-cld x87-state-clobbered mmx-state-clobbered" "the cld removed" '/^\tcld/d'
broken i686-call-ret i686-call "not-iret x87-state-clobbered mmx-state-clobbered" "ret instead of iret" 's/^\tiretl/\tretl/'
broken i686-call-ecx-unsaved i686-call "gpr-clobbered x87-state-clobbered mmx-state-clobbered" "the save and restore of ecx removed (and the epilogue's lea adjusted to match)" '/^\t(push|pop)l\t%ecx/d; s/leal\t-12\(%ebp\), %esp/leal\t-8(%ebp), %esp/'
broken x86_64-call-xmm0-unsaved x86_64-call "vector-clobbered x87-state-clobbered mmx-state-clobbered mxcsr-clobbered" "the spill and reload of xmm0 removed" '/movaps\t(%xmm0, [0-9]*\(%rsp\)|[0-9]*\(%rsp\), %xmm0)/d'
broken x86_64-ecode-not-popped x86_64-ecode "sp-at-iret-wrong" "the error code not popped" '/addq\t\$16, %rsp/d'
broken i386-no-ecode-popped i386-pressure "sp-at-iret-wrong" "a word popped although there is no error code" 's/^\tiretl/\taddl\t$4, %esp\n\tiretl/'
broken x86_64-avx-local32-no-realign x86_64-avx-local32 "misaligned-stack-access" "the realignment removed" '/andq\t\$-32, %rsp/d'
broken x86_64-ecode-unknown x86_64-ecode "unknown-instruction" "an instruction the model does not know inserted" 's/^\tiretq/\tprefetcht0\t(%rsp)\n\tiretq/'
broken x86_64-ecode-reads-rip x86_64-ecode "wrong-error-code" "the error code read one slot too high, from the frame's RIP (rust#57270)" 's/movq\t16\(%rsp\), %rax/movq\t24(%rsp), %rax/'
