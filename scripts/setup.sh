#!/usr/bin/env bash
# Installs what iretlab needs from Debian's packages on a fresh machine (run as root, or with sudo).
# Maven downloads the Java side (including the embedded LLVM) on the first build.
set -euo pipefail

# llvm-14: Debian's LLVM 14, a second backend the corpus tests run on (its llc, through Commons Exec).
# qemu-system-x86: the execution oracle boots its kernels in it. Other LLVM versions: scripts/setup-toolchains.
# chromium-headless-shell, chromium-driver: the HTML report's test runs its filter in a real browser (HtmlReportBrowserTest).
packages=(openjdk-17-jdk-headless maven binutils llvm-14 qemu-system-x86 chromium-headless-shell chromium-driver)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all of ${packages[*]} are installed"
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "setup: installing ${missing[*]}"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
