double_fault_halt:
cld
incq df_count(%rip)
#APP
hlt
#NO_APP
iretq
double_fault_spin:
pushq %rax
pushq %rax
pushq %rax
cld
movq 24(%rsp), %rax
movq %rax, df_code(%rip)
.L1:
#APP
cli
hlt
#NO_APP
jmp .L1
page_fault_fatal:
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
#APP
movq %cr2, %rdi
#NO_APP
cmpq $4095, %rdi
jbe .L2
movq 88(%rsp), %rsi
callq log_fault
addq $8, %rsp
popq %rax
popq %rcx
popq %rdx
popq %rsi
popq %rdi
popq %r8
popq %r9
popq %r10
popq %r11
addq $16, %rsp
iretq
.L2:
movl $.L3, %edi
callq kernel_panic
gp_fault_panic:
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
movl $.L4, %edi
callq kernel_panic
breakpoint_count:
cld
incq breakpoints(%rip)
iretq
df_count:
.quad 0
df_code:
.quad 0
.L3:
.asciz "null pointer dereference"
.L4:
.asciz "general protection fault"
breakpoints:
.quad 0
