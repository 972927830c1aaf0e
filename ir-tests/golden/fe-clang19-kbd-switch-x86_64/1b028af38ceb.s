kbd_decode:
pushq %rax
pushq %r11
pushq %r10
pushq %r9
pushq %r8
pushq %rdi
pushq %rsi
pushq %rdx
pushq %rcx
subq $256, %rsp
movaps %xmm15, 240(%rsp)
movaps %xmm14, 224(%rsp)
movaps %xmm13, 208(%rsp)
movaps %xmm12, 192(%rsp)
movaps %xmm11, 176(%rsp)
movaps %xmm10, 160(%rsp)
movaps %xmm9, 144(%rsp)
movaps %xmm8, 128(%rsp)
movaps %xmm7, 112(%rsp)
movaps %xmm6, 96(%rsp)
movaps %xmm5, 80(%rsp)
movaps %xmm4, 64(%rsp)
movaps %xmm3, 48(%rsp)
movaps %xmm2, 32(%rsp)
movaps %xmm1, 16(%rsp)
movaps %xmm0, (%rsp)
cld
#APP
inb $96, %al
#NO_APP
movzbl %al, %edi
leal -29(%rdi), %eax
cmpl $41, %eax
ja .L1
jmpq *.L2(,%rax,8)
.L3:
movl $1, ctrl_down(%rip)
jmp .L4
.L1:
cmpl $157, %edi
jne .L5
movl $0, ctrl_down(%rip)
jmp .L4
.L5:
movq key_hook(%rip), %rax
testq %rax, %rax
je .L6
callq *%rax
jmp .L4
.L7:
incl shift_depth(%rip)
jmp .L4
.L8:
addl $2, shift_depth(%rip)
jmp .L4
.L9:
movl $1, alt_down(%rip)
jmp .L4
.L10:
xorl %eax, %eax
cmpl $0, caps_on(%rip)
sete %al
movl %eax, caps_on(%rip)
movb $-19, %al
#APP
outb %al, $96
#NO_APP
jmp .L4
.L11:
xorb $1, num_on(%rip)
movb $-19, %al
#APP
outb %al, $96
#NO_APP
jmp .L4
.L12:
xorl %eax, %eax
cmpl $0, scroll_on(%rip)
sete %al
leal (%rax,%rax,2), %eax
movl %eax, scroll_on(%rip)
jmp .L4
.L6:
incq dropped_keys(%rip)
.L4:
movb $32, %al
#APP
outb %al, $32
#NO_APP
movaps (%rsp), %xmm0
movaps 16(%rsp), %xmm1
movaps 32(%rsp), %xmm2
movaps 48(%rsp), %xmm3
movaps 64(%rsp), %xmm4
movaps 80(%rsp), %xmm5
movaps 96(%rsp), %xmm6
movaps 112(%rsp), %xmm7
movaps 128(%rsp), %xmm8
movaps 144(%rsp), %xmm9
movaps 160(%rsp), %xmm10
movaps 176(%rsp), %xmm11
movaps 192(%rsp), %xmm12
movaps 208(%rsp), %xmm13
movaps 224(%rsp), %xmm14
movaps 240(%rsp), %xmm15
addq $256, %rsp
popq %rcx
popq %rdx
popq %rsi
popq %rdi
popq %r8
popq %r9
popq %r10
popq %r11
popq %rax
iretq
.L2:
.quad .L3
.quad .L5
.quad .L5
.quad .L5
.quad .L5
.quad .L5
.quad .L5
.quad .L5
.quad .L5
.quad .L5
.quad .L5
.quad .L5
.quad .L5
.quad .L7
.quad .L5
.quad .L5
.quad .L5
.quad .L5
.quad .L5
.quad .L5
.quad .L5
.quad .L5
.quad .L5
.quad .L5
.quad .L5
.quad .L8
.quad .L5
.quad .L9
.quad .L5
.quad .L10
.quad .L5
.quad .L5
.quad .L5
.quad .L5
.quad .L5
.quad .L5
.quad .L5
.quad .L5
.quad .L5
.quad .L5
.quad .L11
.quad .L12
ctrl_down:
.long 0
shift_depth:
.long 0
alt_down:
.long 0
caps_on:
.long 0
num_on:
.long 0
scroll_on:
.long 0
key_hook:
.quad 0
dropped_keys:
.quad 0
