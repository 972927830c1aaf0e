timer_interrupt:
pushq %rdx
pushq %rax
cld
lock incq _ZN6kernel5TICKS17hd0ac2eb896d5fdb6E(%rip)
movw $32, %dx
movb $32, %al
#APP
outb %al, %dx
#NO_APP
popq %rax
popq %rdx
iretq
keyboard_interrupt:
pushq %rdx
pushq %rcx
pushq %rax
cld
movw $96, %dx
#APP
inb %dx, %al
#NO_APP
movl %eax, %ecx
movb $1, %dl
.L1:
xorl %eax, %eax
lock cmpxchgb %dl, _ZN6kernel8KEY_LOCK17hcdd113eb5af4b733E(%rip)
je .L2
pause
jmp .L1
.L2:
movq _ZN6kernel9KEY_COUNT17h31617133d1e8a70dE(%rip), %rax
cmpq $64, %rax
jae .L3
movb %cl, _ZN6kernel4KEYS17h97c9752c08367a8bE(%rax)
incq %rax
movq %rax, _ZN6kernel9KEY_COUNT17h31617133d1e8a70dE(%rip)
.L3:
movb $0, _ZN6kernel8KEY_LOCK17hcdd113eb5af4b733E(%rip)
movw $32, %dx
movb $32, %al
#APP
outb %al, %dx
#NO_APP
popq %rax
popq %rcx
popq %rdx
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
movq 72(%rsp), %rdi
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
pushq %rax
cld
movq 88(%rsp), %rsi
#APP
movq %cr2, %rdi
#NO_APP
callq log_page_fault
.L4:
#APP
hlt
#NO_APP
jmp .L4
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
movq $.L5, 8(%rsp)
movq $1, 16(%rsp)
movq $0, 24(%rsp)
movq $.L6, 40(%rsp)
movq $0, 48(%rsp)
leaq 8(%rsp), %rdi
movl $.L7, %esi
callq _ZN4core9panicking9panic_fmt17h11223f0b8c31003aE
rust_begin_unwind:
.L8:
#APP
hlt
#NO_APP
jmp .L8
.L6:
_ZN6kernel4KEYS17h97c9752c08367a8bE:
.zero 64
_ZN6kernel9KEY_COUNT17h31617133d1e8a70dE:
.zero 8
.L9:
.ascii "kernel.rs"
.L10:
.ascii "double fault"
.L5:
.quad .L10
.asciz "\f\000\000\000\000\000\000"
.L7:
.quad .L9
.asciz "\t\000\000\000\000\000\000\000V\000\000\000\005\000\000"
