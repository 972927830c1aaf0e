; id: 37
; title: an error-code handler that advances its saved RIP by 1, into the middle of the instruction that faulted
; upstream: none: found by iretlab explore (docs/explore.md, the one-hour run: its frame-ip-write-volatile=1 bodies), a disagreement of iretlab's own two verdicts
; wrong: frame->ip += 1 resumes the interrupted code inside the 6-byte load that raised #NP; the CPU runs that load's remaining bytes as other instructions (an sbb that changes RAX and the flags). The oracle once reported that change as the handler's gpr-clobbered and flags-clobbered, which the static verdict (the handler saves what it uses) never finds
; correct: the handler's code is fine; where its frame write sends the interrupted code is the kernel's business. The oracle does not judge the state after such an iret (a note says where the code resumed), the static verdict finds nothing
; target: x86_64-unknown-none
; subject: none
; expect: x86_64-unknown-none @ llvm>=13: none
; after-fix: x86_64-unknown-none @ llvm>=13: none
; oracle: x86_64-unknown-none @ llvm>=13: none; CR0.TS=1: no-fault
; oracle-after-fix: x86_64-unknown-none @ llvm>=13: none; CR0.TS=1: no-fault
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; RUN: llc -mtriple=x86_64-unknown-none -O2 -relocation-model=static < %s
target triple = "x86_64-unknown-none"

%F64 = type { i64, i64, i64, i64, i64 }

@error_code_seen = dso_local global i64 0, align 8

define x86_intrcc void @h(ptr byval(%F64) %f, i64 %ec) {
entry:
  %ip = load i64, ptr %f, align 8
  %next = add i64 %ip, 1
  store volatile i64 %next, ptr %f, align 8
  store volatile i64 %ec, ptr @error_code_seen, align 8
  ret void
}
