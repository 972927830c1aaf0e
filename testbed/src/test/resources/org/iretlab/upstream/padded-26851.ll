; A padded reproducer of llvm#26851 (corpus case 01): the 32-bit handler @foo calls @bar with ESP
; only 4-aligned on LLVM <= 16, buried in code that has nothing to do with it: counters, a branch
; on the frame, a helper, a second function, unused globals and declarations. What reduction must
; keep: @foo, x86_intrcc with (ptr byval(%F32)), i686-unknown-linux-gnu, misaligned-call-site at a call.
; By hand: llc -mtriple=i686-unknown-linux-gnu -relocation-model=static padded-26851.ll -o -
target datalayout = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128"
target triple = "i686-unknown-linux-gnu"

%F32 = type { i32, i32, i32, i32, i32 }
%Stats = type { i32, i32, [4 x i32] }

@i = external dso_local global i32
@ticks = dso_local global i32 0, align 4
@stats = dso_local global %Stats zeroinitializer, align 4
@names = private unnamed_addr constant [12 x i8] c"timer-tick\00\00", align 1
@unused = internal global [16 x i32] zeroinitializer, align 4

declare dso_local void @bar()
declare dso_local void @log_event(ptr, i32)
declare dso_local i32 @read_port(i32)

define internal i32 @mix(i32 %a, i32 %b) {
entry:
  %x = xor i32 %a, %b
  %y = mul i32 %x, 2654435761
  %z = lshr i32 %y, 7
  ret i32 %z
}

define x86_intrcc void @foo(ptr byval(%F32) %frame) #0 {
entry:
  %t = load volatile i32, ptr @ticks, align 4
  %t1 = add i32 %t, 1
  store volatile i32 %t1, ptr @ticks, align 4
  %ip.p = getelementptr inbounds %F32, ptr %frame, i32 0, i32 0
  %ip = load i32, ptr %ip.p, align 4
  %m = call i32 @mix(i32 %ip, i32 %t1)
  %odd = and i32 %m, 1
  %c = icmp eq i32 %odd, 0
  br i1 %c, label %even, label %done

even:
  %s = getelementptr inbounds %Stats, ptr @stats, i32 0, i32 2, i32 1
  %v = load volatile i32, ptr %s, align 4
  %v1 = add i32 %v, %m
  store volatile i32 %v1, ptr %s, align 4
  br label %done

done:
  call void @bar()
  store volatile i32 0, ptr @i, align 4
  %n = load volatile i32, ptr @stats, align 4
  %n1 = add i32 %n, 1
  store volatile i32 %n1, ptr @stats, align 4
  ret void
}

define dso_local i32 @poll(i32 %port) {
entry:
  br label %loop

loop:
  %k = phi i32 [ 0, %entry ], [ %k1, %loop ]
  %r = call i32 @read_port(i32 %port)
  %k1 = add i32 %k, %r
  %stop = icmp sgt i32 %k1, 100
  br i1 %stop, label %out, label %loop

out:
  call void @log_event(ptr @names, i32 %k1)
  ret i32 %k1
}

attributes #0 = { nounwind "frame-pointer"="none" "target-cpu"="i686" "target-features"="+x87,+cmov" }
