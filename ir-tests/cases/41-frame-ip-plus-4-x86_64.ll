; id: 41
; title: handlers that advance their saved RIP by 4: past the int that entered one, into the load that raised #NP for the other
; upstream: none: found by iretlab explore (docs/explore.md: the one-hour run's DISAGREE 875d22a680a1 and seed 2026's NEW handler-fault explore_000001, both frame-ip-write-volatile=4), a disagreement of iretlab's own two verdicts
; wrong: frame->ip += 4 resumes the interrupted code 4 bytes on. After int $0x40 the harness once marked only an exact 2-byte skip, so +4 landed inside its own marking store, whose bytes ran (an inc of a register) and were reported as the handler's gpr-clobbered; inside the 6-byte load that raised #NP the load's last bytes run as add %al, (%rax) and fault in the harness, which was reported as the handler's handler-fault
; correct: both handlers save what they use, and where their frame write sends the interrupted code is what they asked for. The harness now has one-byte landing pads after the int and reads the IP back from the frame (the state after the iret is judged there: clean), and a fault at the load's own bytes run from inside is a note, with the state after that iret not judged
; target: x86_64-unknown-none
; subject: none
; expect: x86_64-unknown-none @ llvm>=13: none
; after-fix: x86_64-unknown-none @ llvm>=13: none
; oracle: x86_64-unknown-none @ llvm>=13: none; CR0.TS=1: #GP no-fault
; oracle-after-fix: x86_64-unknown-none @ llvm>=13: none; CR0.TS=1: #GP no-fault
; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, worker-15 15.0.3, llc-16 16.0.6, worker-17 17.0.6, llc-19 19.1.7, embedded-20 20.1.7, llc-22 22.1.8
; RUN: llc -mtriple=x86_64-unknown-none -O2 -relocation-model=static < %s
target triple = "x86_64-unknown-none"

%F64 = type { i64, i64, i64, i64, i64 }

@error_code_seen = dso_local global i64 0, align 8

define x86_intrcc void @no_ecode(ptr byval(%F64) %f) {
entry:
  %ip = load i64, ptr %f, align 8
  %next = add i64 %ip, 4
  store volatile i64 %next, ptr %f, align 8
  ret void
}

define x86_intrcc void @ecode(ptr byval(%F64) %f, i64 %ec) {
entry:
  %ip = load i64, ptr %f, align 8
  %next = add i64 %ip, 4
  store volatile i64 %next, ptr %f, align 8
  store volatile i64 %ec, ptr @error_code_seen, align 8
  ret void
}
