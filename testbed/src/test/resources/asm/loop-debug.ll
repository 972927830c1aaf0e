; loop.ll with debug info: the same code plus .loc, .Ltmp labels and .debug_* sections.
@counter = global i32 0

define x86_intrcc void @ec(ptr byval(i64) %f, i64 %code) !dbg !5 {
entry:
  %c = icmp eq i64 %code, 14, !dbg !8
  br i1 %c, label %pf, label %out, !dbg !8
pf:
  call void asm sideeffect "cli", "~{dirflag},~{fpsr},~{flags}"(), !dbg !9
  br label %loop, !dbg !9
loop:
  %i = phi i32 [ 0, %pf ], [ %n, %loop ]
  %v = load volatile i32, ptr @counter, !dbg !10
  %w = add i32 %v, %i, !dbg !10
  store volatile i32 %w, ptr @counter, !dbg !10
  %n = add i32 %i, 1, !dbg !10
  %d = icmp eq i32 %n, 100, !dbg !10
  br i1 %d, label %out, label %loop, !dbg !10
out:
  ret void, !dbg !11
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3, !4}
!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "iretlab", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "loop.c", directory: "/tmp")
!3 = !{i32 2, !"Dwarf Version", i32 4}
!4 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "ec", scope: !1, file: !1, line: 1, type: !6, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{null}
!8 = !DILocation(line: 2, column: 7, scope: !5)
!9 = !DILocation(line: 3, column: 5, scope: !5)
!10 = !DILocation(line: 5, column: 9, scope: !5)
!11 = !DILocation(line: 7, column: 1, scope: !5)
