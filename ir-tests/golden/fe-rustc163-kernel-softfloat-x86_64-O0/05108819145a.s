_ZN4core3fmt9Arguments6new_v117h3784d1b1bb899fbbE:
subq $120, %rsp
movq %r8, (%rsp)
movq %rcx, 8(%rsp)
movq %rdx, 16(%rsp)
movq %rsi, 24(%rsp)
movq %rdi, 32(%rsp)
movq %rdi, 40(%rsp)
cmpq %r8, %rdx
jb .L1
movq 16(%rsp), %rax
movq (%rsp), %rcx
addq $1, %rcx
cmpq %rcx, %rax
seta %al
andb $1, %al
movb %al, 55(%rsp)
jmp .L2
.L1:
movb $1, 55(%rsp)
.L2:
testb $1, 55(%rsp)
jne .L3
movq 40(%rsp), %rax
movq 32(%rsp), %rcx
movq (%rsp), %rdx
movq 8(%rsp), %rsi
movq 16(%rsp), %rdi
movq 24(%rsp), %r8
movq $0, 104(%rsp)
movq %r8, (%rcx)
movq %rdi, 8(%rcx)
movq 104(%rsp), %r8
movq 112(%rsp), %rdi
movq %r8, 16(%rcx)
movq %rdi, 24(%rcx)
movq %rsi, 32(%rcx)
movq %rdx, 40(%rcx)
addq $120, %rsp
retq
.L3:
leaq 56(%rsp), %rdi
movabsq $.L4, %rsi
movl $1, %edx
movabsq $.L5, %rcx
xorl %eax, %eax
movl %eax, %r8d
callq _ZN4core3fmt9Arguments6new_v117h3784d1b1bb899fbbE
leaq 56(%rsp), %rdi
movabsq $.L6, %rsi
callq _ZN4core9panicking9panic_fmt17h11223f0b8c31003aE
_ZN4core4hint9spin_loop17h27104bf0564ae216E:
pushq %rax
callq _ZN4core9core_arch3x864sse29_mm_pause17h71494c6df215852eE
popq %rax
retq
_ZN4core4sync6atomic10AtomicBool21compare_exchange_weak17h2a1c0c49de85214cE:
subq $24, %rsp
movq %rdi, 8(%rsp)
movb %r8b, %al
movb %al, 16(%rsp)
movb %cl, %al
movb %al, 17(%rsp)
movb %dl, %al
movb %al, 18(%rsp)
movb %sil, %al
movb %al, 19(%rsp)
movq 8(%rsp), %rdi
movb 18(%rsp), %al
movb 19(%rsp), %dl
movb 16(%rsp), %sil
movb 17(%rsp), %cl
movzbl %cl, %ecx
movzbl %sil, %r8d
movzbl %dl, %esi
andl $1, %esi
movzbl %al, %edx
andl $1, %edx
callq _ZN4core4sync6atomic28atomic_compare_exchange_weak17h0b3144312e4b4846E
movb %dl, 23(%rsp)
movb %al, 22(%rsp)
movzbl 22(%rsp), %eax
subq $1, %rax
jne .L7
jmp .L8
.L8:
jmp .L9
.L7:
cmpb $0, 23(%rsp)
setne %al
andb $1, %al
movb %al, 21(%rsp)
movb $0, 20(%rsp)
jmp .L10
.L9:
cmpb $0, 23(%rsp)
setne %al
andb $1, %al
movb %al, 21(%rsp)
movb $1, 20(%rsp)
.L10:
movb 20(%rsp), %al
movb 21(%rsp), %dl
addq $24, %rsp
retq
_ZN4core4sync6atomic10AtomicBool5store17h2ad3bcfe15a94364E:
subq $24, %rsp
movq %rdi, 8(%rsp)
movb %dl, %al
movb %al, 22(%rsp)
movb %sil, %al
movb %al, 23(%rsp)
movb 22(%rsp), %al
movq 8(%rsp), %rdi
movb 23(%rsp), %cl
andb $1, %cl
movzbl %cl, %esi
movzbl %al, %edx
callq _ZN4core4sync6atomic12atomic_store17h0e0f42ed6abf4d87E
addq $24, %rsp
retq
_ZN4core4sync6atomic10atomic_add17h7cef0a0d42d3462bE:
subq $40, %rsp
movq %rsi, (%rsp)
movq %rdi, 8(%rsp)
movb %dl, %al
movb %al, 31(%rsp)
movzbl 31(%rsp), %eax
movq %rax, 16(%rsp)
movq 16(%rsp), %rax
movq .L11(,%rax,8), %rax
jmpq *%rax
.L12:
movq 8(%rsp), %rcx
movq (%rsp), %rax
lock xaddq %rax, (%rcx)
movq %rax, 32(%rsp)
jmp .L13
.L14:
movq 8(%rsp), %rcx
movq (%rsp), %rax
lock xaddq %rax, (%rcx)
movq %rax, 32(%rsp)
jmp .L15
.L16:
movq 8(%rsp), %rcx
movq (%rsp), %rax
lock xaddq %rax, (%rcx)
movq %rax, 32(%rsp)
jmp .L17
.L18:
movq 8(%rsp), %rcx
movq (%rsp), %rax
lock xaddq %rax, (%rcx)
movq %rax, 32(%rsp)
jmp .L19
.L20:
movq 8(%rsp), %rcx
movq (%rsp), %rax
lock xaddq %rax, (%rcx)
movq %rax, 32(%rsp)
jmp .L21
.L21:
movq 32(%rsp), %rax
addq $40, %rsp
retq
.L19:
jmp .L21
.L17:
jmp .L21
.L15:
jmp .L21
.L13:
jmp .L21
.L11:
.quad .L12
.quad .L14
.quad .L16
.quad .L18
.quad .L20
_ZN4core4sync6atomic12atomic_store17h0e0f42ed6abf4d87E:
subq $136, %rsp
movq %rdi, 8(%rsp)
movb %dl, %al
movb %sil, %cl
movb %cl, 23(%rsp)
movb %al, 39(%rsp)
movzbl 39(%rsp), %eax
movq %rax, 24(%rsp)
movq 24(%rsp), %rax
movq .L22(,%rax,8), %rax
jmpq *%rax
.L23:
movq 8(%rsp), %rax
movb 23(%rsp), %cl
movb %cl, (%rax)
jmp .L24
.L25:
movq 8(%rsp), %rax
movb 23(%rsp), %cl
movb %cl, (%rax)
jmp .L26
.L27:
leaq 40(%rsp), %rdi
movabsq $.L28, %rsi
movl $1, %edx
movabsq $.L5, %rcx
xorl %eax, %eax
movl %eax, %r8d
callq _ZN4core3fmt9Arguments6new_v117h3784d1b1bb899fbbE
jmp .L29
.L30:
leaq 88(%rsp), %rdi
movabsq $.L31, %rsi
movl $1, %edx
movabsq $.L5, %rcx
xorl %eax, %eax
movl %eax, %r8d
callq _ZN4core3fmt9Arguments6new_v117h3784d1b1bb899fbbE
jmp .L32
.L33:
movq 8(%rsp), %rcx
movb 23(%rsp), %al
xchgb %al, (%rcx)
jmp .L34
.L34:
addq $136, %rsp
retq
.L32:
leaq 88(%rsp), %rdi
movabsq $.L35, %rsi
callq _ZN4core9panicking9panic_fmt17h11223f0b8c31003aE
.L29:
leaq 40(%rsp), %rdi
movabsq $.L36, %rsi
callq _ZN4core9panicking9panic_fmt17h11223f0b8c31003aE
.L26:
jmp .L34
.L24:
jmp .L34
.L22:
.quad .L23
.quad .L25
.quad .L27
.quad .L30
.quad .L33
_ZN4core4sync6atomic28atomic_compare_exchange_weak17h0b3144312e4b4846E:
subq $216, %rsp
movq %rdi, 40(%rsp)
movb %r8b, %al
movb %dl, 54(%rsp)
movb %sil, %dl
movb %dl, 55(%rsp)
movb %cl, 70(%rsp)
movb %al, 71(%rsp)
movzbl 70(%rsp), %eax
movq %rax, 56(%rsp)
movq 56(%rsp), %rax
movq .L37(,%rax,8), %rax
jmpq *%rax
.L38:
movzbl 71(%rsp), %eax
cmpq $0, %rax
je .L39
jmp .L40
.L41:
movzbl 71(%rsp), %eax
cmpq $0, %rax
je .L42
jmp .L40
.L43:
movzbl 71(%rsp), %eax
movq %rax, 32(%rsp)
testq %rax, %rax
je .L44
jmp .L45
.L45:
movq 32(%rsp), %rax
subq $2, %rax
je .L46
jmp .L40
.L47:
movzbl 71(%rsp), %eax
movq %rax, 24(%rsp)
testq %rax, %rax
je .L48
jmp .L49
.L49:
movq 24(%rsp), %rax
subq $2, %rax
je .L50
jmp .L40
.L51:
movzbl 71(%rsp), %eax
movq %rax, 16(%rsp)
testq %rax, %rax
je .L52
jmp .L53
.L53:
movq 16(%rsp), %rax
subq $2, %rax
je .L54
jmp .L55
.L55:
movq 16(%rsp), %rax
subq $4, %rax
je .L56
jmp .L40
.L40:
movzbl 71(%rsp), %eax
movq %rax, 8(%rsp)
subq $1, %rax
je .L57
jmp .L58
.L58:
movq 8(%rsp), %rax
subq $3, %rax
je .L59
jmp .L60
.L52:
movq 40(%rsp), %rcx
movb 54(%rsp), %dl
movb 55(%rsp), %al
lock cmpxchgb %dl, (%rcx)
movb %al, %cl
sete %al
andb $1, %al
movb %cl, 68(%rsp)
movb %al, 69(%rsp)
jmp .L61
.L54:
movq 40(%rsp), %rcx
movb 54(%rsp), %dl
movb 55(%rsp), %al
lock cmpxchgb %dl, (%rcx)
movb %al, %cl
sete %al
andb $1, %al
movb %cl, 68(%rsp)
movb %al, 69(%rsp)
jmp .L62
.L56:
movq 40(%rsp), %rcx
movb 54(%rsp), %dl
movb 55(%rsp), %al
lock cmpxchgb %dl, (%rcx)
movb %al, %cl
sete %al
andb $1, %al
movb %cl, 68(%rsp)
movb %al, 69(%rsp)
jmp .L63
.L63:
movb 68(%rsp), %al
movb %al, 7(%rsp)
testb $1, 69(%rsp)
jne .L64
jmp .L65
.L62:
jmp .L63
.L61:
jmp .L63
.L48:
movq 40(%rsp), %rcx
movb 54(%rsp), %dl
movb 55(%rsp), %al
lock cmpxchgb %dl, (%rcx)
movb %al, %cl
sete %al
andb $1, %al
movb %cl, 68(%rsp)
movb %al, 69(%rsp)
jmp .L66
.L50:
movq 40(%rsp), %rcx
movb 54(%rsp), %dl
movb 55(%rsp), %al
lock cmpxchgb %dl, (%rcx)
movb %al, %cl
sete %al
andb $1, %al
movb %cl, 68(%rsp)
movb %al, 69(%rsp)
jmp .L63
.L66:
jmp .L63
.L44:
movq 40(%rsp), %rcx
movb 54(%rsp), %dl
movb 55(%rsp), %al
lock cmpxchgb %dl, (%rcx)
movb %al, %cl
sete %al
andb $1, %al
movb %cl, 68(%rsp)
movb %al, 69(%rsp)
jmp .L67
.L46:
movq 40(%rsp), %rcx
movb 54(%rsp), %dl
movb 55(%rsp), %al
lock cmpxchgb %dl, (%rcx)
movb %al, %cl
sete %al
andb $1, %al
movb %cl, 68(%rsp)
movb %al, 69(%rsp)
jmp .L63
.L67:
jmp .L63
.L42:
movq 40(%rsp), %rcx
movb 54(%rsp), %dl
movb 55(%rsp), %al
lock cmpxchgb %dl, (%rcx)
movb %al, %cl
sete %al
andb $1, %al
movb %cl, 68(%rsp)
movb %al, 69(%rsp)
jmp .L63
.L39:
movq 40(%rsp), %rcx
movb 54(%rsp), %dl
movb 55(%rsp), %al
lock cmpxchgb %dl, (%rcx)
movb %al, %cl
sete %al
andb $1, %al
movb %cl, 68(%rsp)
movb %al, 69(%rsp)
jmp .L68
.L60:
leaq 168(%rsp), %rdi
movabsq $.L69, %rsi
movl $1, %edx
movabsq $.L5, %rcx
xorl %eax, %eax
movl %eax, %r8d
callq _ZN4core3fmt9Arguments6new_v117h3784d1b1bb899fbbE
jmp .L70
.L57:
leaq 120(%rsp), %rdi
movabsq $.L71, %rsi
movl $1, %edx
movabsq $.L5, %rcx
xorl %eax, %eax
movl %eax, %r8d
callq _ZN4core3fmt9Arguments6new_v117h3784d1b1bb899fbbE
jmp .L72
.L59:
leaq 72(%rsp), %rdi
movabsq $.L73, %rsi
movl $1, %edx
movabsq $.L5, %rcx
xorl %eax, %eax
movl %eax, %r8d
callq _ZN4core3fmt9Arguments6new_v117h3784d1b1bb899fbbE
jmp .L74
.L70:
leaq 168(%rsp), %rdi
movabsq $.L75, %rsi
callq _ZN4core9panicking9panic_fmt17h11223f0b8c31003aE
.L74:
leaq 72(%rsp), %rdi
movabsq $.L76, %rsi
callq _ZN4core9panicking9panic_fmt17h11223f0b8c31003aE
.L72:
leaq 120(%rsp), %rdi
movabsq $.L77, %rsi
callq _ZN4core9panicking9panic_fmt17h11223f0b8c31003aE
.L68:
jmp .L63
.L65:
movb 7(%rsp), %al
movb %al, 67(%rsp)
movb $1, 66(%rsp)
jmp .L78
.L64:
movb 7(%rsp), %al
movb %al, 67(%rsp)
movb $0, 66(%rsp)
.L78:
movb 66(%rsp), %al
movb 67(%rsp), %dl
addq $216, %rsp
retq
.L37:
.quad .L38
.quad .L41
.quad .L43
.quad .L47
.quad .L51
_ZN4core4sync6atomic9AtomicU649fetch_add17h46de07e2df85f34dE:
subq $40, %rsp
movq %rsi, 16(%rsp)
movq %rdi, 24(%rsp)
movb %dl, %al
movb %al, 39(%rsp)
movb 39(%rsp), %al
movq 16(%rsp), %rsi
movq 24(%rsp), %rdi
movzbl %al, %edx
callq _ZN4core4sync6atomic10atomic_add17h7cef0a0d42d3462bE
movq %rax, 8(%rsp)
movq 8(%rsp), %rax
addq $40, %rsp
retq
_ZN4core6result19Result$LT$T$C$E$GT$5is_ok17h6bfa1b24ea6d7233E:
subq $1, %rsp
movb (%rdi), %al
andb $1, %al
movzbl %al, %eax
cmpq $0, %rax
jne .L79
movb $1, (%rsp)
jmp .L80
.L79:
movb $0, (%rsp)
.L80:
movb (%rsp), %al
andb $1, %al
addq $1, %rsp
retq
_ZN4core6result19Result$LT$T$C$E$GT$6is_err17h7b8f6d3fd50582ecE:
pushq %rax
callq _ZN4core6result19Result$LT$T$C$E$GT$5is_ok17h6bfa1b24ea6d7233E
movb %al, 7(%rsp)
movb 7(%rsp), %al
xorb $-1, %al
andb $1, %al
popq %rcx
retq
_ZN4core9core_arch3x864sse29_mm_pause17h71494c6df215852eE:
pause
retq
_ZN6kernel4outb17hbfa291551f080973E:
movb %sil, %al
movw %di, %dx
#APP
outb %al, %dx
#NO_APP
retq
_ZN6kernel3inb17h23e70c80bc37c844E:
subq $1, %rsp
movw %di, %dx
#APP
inb %dx, %al
#NO_APP
movb %al, (%rsp)
movb (%rsp), %al
addq $1, %rsp
retq
_ZN6kernel8hlt_loop17hb408a0a239aed8d9E:
jmp .L81
.L81:
#APP
hlt
#NO_APP
jmp .L81
timer_interrupt:
pushq %r11
pushq %r10
pushq %r9
pushq %r8
pushq %rdi
pushq %rsi
pushq %rdx
pushq %rcx
pushq %rax
subq $16, %rsp
cld
movb $0, 15(%rsp)
movabsq $_ZN6kernel5TICKS17hd0ac2eb896d5fdb6E, %rdi
movl $1, %esi
movzbl 15(%rsp), %edx
callq _ZN4core4sync6atomic9AtomicU649fetch_add17h46de07e2df85f34dE
movl $32, %esi
movl %esi, %edi
callq _ZN6kernel4outb17hbfa291551f080973E
addq $16, %rsp
popq %rax
popq %rcx
popq %rdx
popq %rsi
popq %rdi
popq %r8
popq %r9
popq %r10
popq %r11
iretq
keyboard_interrupt:
pushq %r11
pushq %r10
pushq %r9
pushq %r8
pushq %rdi
pushq %rsi
pushq %rdx
pushq %rcx
pushq %rax
subq $32, %rsp
cld
movl $96, %edi
callq _ZN6kernel3inb17h23e70c80bc37c844E
movb %al, 26(%rsp)
.L82:
movb $2, 29(%rsp)
movb $0, 30(%rsp)
movzbl 30(%rsp), %r8d
movzbl 29(%rsp), %ecx
movl $_ZN6kernel8KEY_LOCK17hcdd113eb5af4b733E, %edi
xorl %esi, %esi
movl $1, %edx
callq _ZN4core4sync6atomic10AtomicBool21compare_exchange_weak17h2a1c0c49de85214cE
movb %dl, 28(%rsp)
movb %al, 27(%rsp)
leaq 27(%rsp), %rdi
callq _ZN4core6result19Result$LT$T$C$E$GT$6is_err17h7b8f6d3fd50582ecE
movb %al, 25(%rsp)
movb 25(%rsp), %al
testb $1, %al
jne .L83
jmp .L84
.L84:
cmpq $64, _ZN6kernel9KEY_COUNT17h31617133d1e8a70dE
jb .L85
jmp .L86
.L83:
callq _ZN4core4hint9spin_loop17h27104bf0564ae216E
jmp .L82
.L86:
movb $1, 31(%rsp)
movabsq $_ZN6kernel8KEY_LOCK17hcdd113eb5af4b733E, %rdi
xorl %esi, %esi
movzbl 31(%rsp), %edx
callq _ZN4core4sync6atomic10AtomicBool5store17h2ad3bcfe15a94364E
jmp .L87
.L85:
movq _ZN6kernel9KEY_COUNT17h31617133d1e8a70dE, %rax
movq %rax, 16(%rsp)
cmpq $64, %rax
setb %al
testb $1, %al
jne .L88
jmp .L89
.L88:
movq 16(%rsp), %rax
movb 26(%rsp), %cl
movb %cl, _ZN6kernel4KEYS17h97c9752c08367a8bE(,%rax)
movq _ZN6kernel9KEY_COUNT17h31617133d1e8a70dE, %rax
addq $1, %rax
movq %rax, 8(%rsp)
setb %al
testb $1, %al
jne .L90
jmp .L91
.L89:
movq 16(%rsp), %rdi
movl $64, %esi
movabsq $.L92, %rdx
callq _ZN4core9panicking18panic_bounds_check17haa0aa704ba684d7fE
.L91:
movq 8(%rsp), %rax
movq %rax, _ZN6kernel9KEY_COUNT17h31617133d1e8a70dE
jmp .L86
.L90:
movabsq $str.0, %rdi
movl $28, %esi
movabsq $.L93, %rdx
callq _ZN4core9panicking5panic17h2c88932fe82bb6e8E
.L87:
movl $32, %esi
movl %esi, %edi
callq _ZN6kernel4outb17hbfa291551f080973E
addq $32, %rsp
popq %rax
popq %rcx
popq %rdx
popq %rsi
popq %rdi
popq %r8
popq %r9
popq %r10
popq %r11
iretq
breakpoint:
pushq %r11
pushq %r10
pushq %r9
pushq %r8
pushq %rdi
pushq %rsi
pushq %rdx
pushq %rcx
pushq %rax
cld
leaq 72(%rsp), %rax
movq (%rax), %rdi
callq log_breakpoint
popq %rax
popq %rcx
popq %rdx
popq %rsi
popq %rdi
popq %r8
popq %r9
popq %r10
popq %r11
iretq
page_fault:
pushq %rax
pushq %r11
pushq %r10
pushq %r9
pushq %r8
pushq %rdi
pushq %rsi
pushq %rdx
pushq %rcx
pushq %rax
subq $24, %rsp
cld
movq 104(%rsp), %rax
movq %rax, 8(%rsp)
#APP
movq %cr2, %rax
#NO_APP
movq %rax, 16(%rsp)
movq 8(%rsp), %rsi
movq 16(%rsp), %rdi
callq log_page_fault
callq _ZN6kernel8hlt_loop17hb408a0a239aed8d9E
double_fault:
pushq %rax
pushq %r11
pushq %r10
pushq %r9
pushq %r8
pushq %rdi
pushq %rsi
pushq %rdx
pushq %rcx
pushq %rax
subq $56, %rsp
cld
leaq 8(%rsp), %rdi
movabsq $.L94, %rsi
movl $1, %edx
movabsq $.L5, %rcx
xorl %eax, %eax
movl %eax, %r8d
callq _ZN4core3fmt9Arguments6new_v117h3784d1b1bb899fbbE
leaq 8(%rsp), %rdi
movabsq $.L95, %rsi
callq _ZN4core9panicking9panic_fmt17h11223f0b8c31003aE
rust_begin_unwind:
pushq %rax
callq _ZN6kernel8hlt_loop17hb408a0a239aed8d9E
.L96:
.ascii "invalid args"
.L4:
.quad .L96
.asciz "\f\000\000\000\000\000\000"
.L5:
.L97:
.ascii "/usr/src/rustc-1.63.0/library/core/src/fmt/mod.rs"
.L6:
.quad .L97
.asciz "1\000\000\000\000\000\000\000\207\001\000\000\r\000\000"
.L98:
.ascii "there is no such thing as an acquire/release store"
.L31:
.quad .L98
.asciz "2\000\000\000\000\000\000"
.L99:
.ascii "/usr/src/rustc-1.63.0/library/core/src/sync/atomic.rs"
.L35:
.quad .L99
.asciz "5\000\000\000\000\000\000\000\026\n\000\000\027\000\000"
.L100:
.ascii "there is no such thing as an acquire store"
.L28:
.quad .L100
.asciz "*\000\000\000\000\000\000"
.L36:
.quad .L99
.asciz "5\000\000\000\000\000\000\000\025\n\000\000\030\000\000"
.L101:
.ascii "a failure ordering can't be stronger than a success ordering"
.L69:
.quad .L101
.asciz "<\000\000\000\000\000\000"
.L75:
.quad .L99
.asciz "5\000\000\000\000\000\000\000\214\n\000\000\022\000\000"
.L102:
.ascii "there is no such thing as an acquire/release failure ordering"
.L73:
.quad .L102
.asciz "=\000\000\000\000\000\000"
.L76:
.quad .L99
.asciz "5\000\000\000\000\000\000\000\212\n\000\000\034\000\000"
.L103:
.ascii "there is no such thing as a release failure ordering"
.L71:
.quad .L103
.asciz "4\000\000\000\000\000\000"
.L77:
.quad .L99
.asciz "5\000\000\000\000\000\000\000\213\n\000\000\035\000\000"
_ZN6kernel4KEYS17h97c9752c08367a8bE:
.zero 64
_ZN6kernel9KEY_COUNT17h31617133d1e8a70dE:
.zero 8
.L104:
.ascii "kernel.rs"
.L92:
.quad .L104
.asciz "\t\000\000\000\000\000\000\000<\000\000\000\r\000\000"
.L93:
.quad .L104
.asciz "\t\000\000\000\000\000\000\000=\000\000\000\r\000\000"
str.0:
.ascii "attempt to add with overflow"
.L105:
.ascii "double fault"
.L94:
.quad .L105
.asciz "\f\000\000\000\000\000\000"
.L95:
.quad .L104
.asciz "\t\000\000\000\000\000\000\000V\000\000\000\005\000\000"
