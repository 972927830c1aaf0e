pit_tick:
pushq %rbp
movq %rsp, %rbp
pushq %rax
pushq %r11
pushq %r10
pushq %r9
pushq %r8
pushq %rdi
pushq %rsi
pushq %rdx
pushq %rcx
subq $280, %rsp
movaps %xmm15, -96(%rbp)
movaps %xmm14, -112(%rbp)
movaps %xmm13, -128(%rbp)
movaps %xmm12, -144(%rbp)
movaps %xmm11, -160(%rbp)
movaps %xmm10, -176(%rbp)
movaps %xmm9, -192(%rbp)
movaps %xmm8, -208(%rbp)
movaps %xmm7, -224(%rbp)
movaps %xmm6, -240(%rbp)
movaps %xmm5, -256(%rbp)
movaps %xmm4, -272(%rbp)
movaps %xmm3, -288(%rbp)
movaps %xmm2, -304(%rbp)
movaps %xmm1, -320(%rbp)
movaps %xmm0, -336(%rbp)
cld
leaq 8(%rbp), %rax
movq %rax, -344(%rbp)
movq ticks(%rip), %rax
incq %rax
movq %rax, ticks(%rip)
callq pic_eoi
movaps -336(%rbp), %xmm0
movaps -320(%rbp), %xmm1
movaps -304(%rbp), %xmm2
movaps -288(%rbp), %xmm3
movaps -272(%rbp), %xmm4
movaps -256(%rbp), %xmm5
movaps -240(%rbp), %xmm6
movaps -224(%rbp), %xmm7
movaps -208(%rbp), %xmm8
movaps -192(%rbp), %xmm9
movaps -176(%rbp), %xmm10
movaps -160(%rbp), %xmm11
movaps -144(%rbp), %xmm12
movaps -128(%rbp), %xmm13
movaps -112(%rbp), %xmm14
movaps -96(%rbp), %xmm15
addq $280, %rsp
popq %rcx
popq %rdx
popq %rsi
popq %rdi
popq %r8
popq %r9
popq %r10
popq %r11
popq %rax
popq %rbp
iretq
pic_eoi:
pushq %rbp
movq %rsp, %rbp
movl $32, %esi
movl %esi, %edi
callq outb
popq %rbp
retq
ps2_key:
pushq %rbp
movq %rsp, %rbp
pushq %rax
pushq %r11
pushq %r10
pushq %r9
pushq %r8
pushq %rdi
pushq %rsi
pushq %rdx
pushq %rcx
subq $280, %rsp
movaps %xmm15, -96(%rbp)
movaps %xmm14, -112(%rbp)
movaps %xmm13, -128(%rbp)
movaps %xmm12, -144(%rbp)
movaps %xmm11, -160(%rbp)
movaps %xmm10, -176(%rbp)
movaps %xmm9, -192(%rbp)
movaps %xmm8, -208(%rbp)
movaps %xmm7, -224(%rbp)
movaps %xmm6, -240(%rbp)
movaps %xmm5, -256(%rbp)
movaps %xmm4, -272(%rbp)
movaps %xmm3, -288(%rbp)
movaps %xmm2, -304(%rbp)
movaps %xmm1, -320(%rbp)
movaps %xmm0, -336(%rbp)
cld
leaq 8(%rbp), %rax
movq %rax, -344(%rbp)
movl $96, %edi
callq inb
movb %al, %cl
movl key_head(%rip), %eax
andl $63, %eax
movb %cl, key_ring(%rax)
movl key_head(%rip), %eax
incl %eax
movl %eax, key_head(%rip)
callq pic_eoi
movaps -336(%rbp), %xmm0
movaps -320(%rbp), %xmm1
movaps -304(%rbp), %xmm2
movaps -288(%rbp), %xmm3
movaps -272(%rbp), %xmm4
movaps -256(%rbp), %xmm5
movaps -240(%rbp), %xmm6
movaps -224(%rbp), %xmm7
movaps -208(%rbp), %xmm8
movaps -192(%rbp), %xmm9
movaps -176(%rbp), %xmm10
movaps -160(%rbp), %xmm11
movaps -144(%rbp), %xmm12
movaps -128(%rbp), %xmm13
movaps -112(%rbp), %xmm14
movaps -96(%rbp), %xmm15
addq $280, %rsp
popq %rcx
popq %rdx
popq %rsi
popq %rdi
popq %r8
popq %r9
popq %r10
popq %r11
popq %rax
popq %rbp
iretq
inb:
pushq %rbp
movq %rsp, %rbp
subq $4, %rsp
movw %di, %ax
movw %ax, -2(%rbp)
movw -2(%rbp), %dx
#APP
inb %dx, %al
#NO_APP
movb %al, -3(%rbp)
movzbl -3(%rbp), %eax
addq $4, %rsp
popq %rbp
retq
com1_rx:
pushq %rbp
movq %rsp, %rbp
pushq %rax
pushq %r11
pushq %r10
pushq %r9
pushq %r8
pushq %rdi
pushq %rsi
pushq %rdx
pushq %rcx
subq $280, %rsp
movaps %xmm15, -96(%rbp)
movaps %xmm14, -112(%rbp)
movaps %xmm13, -128(%rbp)
movaps %xmm12, -144(%rbp)
movaps %xmm11, -160(%rbp)
movaps %xmm10, -176(%rbp)
movaps %xmm9, -192(%rbp)
movaps %xmm8, -208(%rbp)
movaps %xmm7, -224(%rbp)
movaps %xmm6, -240(%rbp)
movaps %xmm5, -256(%rbp)
movaps %xmm4, -272(%rbp)
movaps %xmm3, -288(%rbp)
movaps %xmm2, -304(%rbp)
movaps %xmm1, -320(%rbp)
movaps %xmm0, -336(%rbp)
cld
leaq 8(%rbp), %rax
movq %rax, -344(%rbp)
movl $0, -348(%rbp)
.L1:
xorl %eax, %eax
cmpl $16, -348(%rbp)
movb %al, -349(%rbp)
jge .L2
movl $1021, %edi
callq inb
movzbl %al, %eax
andl $1, %eax
cmpl $0, %eax
setne %al
movb %al, -349(%rbp)
.L2:
movb -349(%rbp), %al
testb $1, %al
jne .L3
jmp .L4
.L3:
movl $1016, %edi
callq inb
movb %al, %cl
movl serial_head, %eax
movl %eax, %edx
addl $1, %edx
movl %edx, serial_head
andl $255, %eax
movl %eax, %eax
movb %cl, serial_ring(,%rax)
movl -348(%rbp), %eax
addl $1, %eax
movl %eax, -348(%rbp)
jmp .L1
.L4:
callq pic_eoi
movaps -336(%rbp), %xmm0
movaps -320(%rbp), %xmm1
movaps -304(%rbp), %xmm2
movaps -288(%rbp), %xmm3
movaps -272(%rbp), %xmm4
movaps -256(%rbp), %xmm5
movaps -240(%rbp), %xmm6
movaps -224(%rbp), %xmm7
movaps -208(%rbp), %xmm8
movaps -192(%rbp), %xmm9
movaps -176(%rbp), %xmm10
movaps -160(%rbp), %xmm11
movaps -144(%rbp), %xmm12
movaps -128(%rbp), %xmm13
movaps -112(%rbp), %xmm14
movaps -96(%rbp), %xmm15
addq $280, %rsp
popq %rcx
popq %rdx
popq %rsi
popq %rdi
popq %r8
popq %r9
popq %r10
popq %r11
popq %rax
popq %rbp
iretq
ata_primary:
pushq %rbp
movq %rsp, %rbp
pushq %rax
pushq %r11
pushq %r10
pushq %r9
pushq %r8
pushq %rdi
pushq %rsi
pushq %rdx
pushq %rcx
subq $296, %rsp
movaps %xmm15, -96(%rbp)
movaps %xmm14, -112(%rbp)
movaps %xmm13, -128(%rbp)
movaps %xmm12, -144(%rbp)
movaps %xmm11, -160(%rbp)
movaps %xmm10, -176(%rbp)
movaps %xmm9, -192(%rbp)
movaps %xmm8, -208(%rbp)
movaps %xmm7, -224(%rbp)
movaps %xmm6, -240(%rbp)
movaps %xmm5, -256(%rbp)
movaps %xmm4, -272(%rbp)
movaps %xmm3, -288(%rbp)
movaps %xmm2, -304(%rbp)
movaps %xmm1, -320(%rbp)
movaps %xmm0, -336(%rbp)
cld
leaq 8(%rbp), %rax
movq %rax, -344(%rbp)
movq $ata_sector, -352(%rbp)
movq $256, -360(%rbp)
movq -352(%rbp), %rdi
movq -360(%rbp), %rcx
movw $496, %dx
#APP
rep insw %dx, %es:(%rdi)
#NO_APP
movq %rdi, -352(%rbp)
movq %rcx, -360(%rbp)
movl $160, %edi
movl $32, %esi
callq outb
callq pic_eoi
movaps -336(%rbp), %xmm0
movaps -320(%rbp), %xmm1
movaps -304(%rbp), %xmm2
movaps -288(%rbp), %xmm3
movaps -272(%rbp), %xmm4
movaps -256(%rbp), %xmm5
movaps -240(%rbp), %xmm6
movaps -224(%rbp), %xmm7
movaps -208(%rbp), %xmm8
movaps -192(%rbp), %xmm9
movaps -176(%rbp), %xmm10
movaps -160(%rbp), %xmm11
movaps -144(%rbp), %xmm12
movaps -128(%rbp), %xmm13
movaps -112(%rbp), %xmm14
movaps -96(%rbp), %xmm15
addq $296, %rsp
popq %rcx
popq %rdx
popq %rsi
popq %rdi
popq %r8
popq %r9
popq %r10
popq %r11
popq %rax
popq %rbp
iretq
outb:
pushq %rbp
movq %rsp, %rbp
subq $4, %rsp
movb %sil, %al
movw %di, %cx
movw %cx, -2(%rbp)
movb %al, -3(%rbp)
movb -3(%rbp), %al
movw -2(%rbp), %dx
#APP
outb %al, %dx
#NO_APP
addq $4, %rsp
popq %rbp
retq
ticks:
.quad 0
key_ring:
.zero 64
key_head:
.long 0
serial_ring:
.zero 256
serial_head:
.long 0
ata_sector:
.zero 512
