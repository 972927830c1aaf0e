pf_demand:
pushq %rax
pushq %rdx
pushq %rcx
pushq %rax
pushq %rax
cld
#APP
movq %cr2, %rax
#NO_APP
movq %rax, %rcx
andq $-4096, %rcx
orq $3, %rcx
movl %eax, %edx
shrl $12, %edx
andl $1023, %edx
movq %rcx, page_table(,%rdx,8)
#APP
invlpg (%rax)
#NO_APP
#APP
rdtsc
#NO_APP
shlq $32, %rdx
movl %eax, %eax
orq %rdx, %rax
movq %rax, fault_stamp(%rip)
addq $8, %rsp
popq %rax
popq %rcx
popq %rdx
addq $16, %rsp
iretq
tlb_shootdown:
pushq %rdx
pushq %rcx
pushq %rax
cld
#APP
movq %cr3, %rax
movq %rax, %cr3
#NO_APP
incq shootdowns(%rip)
movl $2059, %ecx
xorl %eax, %eax
xorl %edx, %edx
#APP
wrmsr
#NO_APP
popq %rax
popq %rcx
popq %rdx
iretq
nm_lazy_fpu:
cld
#APP
clts
#NO_APP
incq fpu_switches(%rip)
iretq
ipi_percpu:
pushq %rax
cld
testb $3, 16(%rsp)
je .L1
#APP
swapgs
#NO_APP
#APP
movq %gs:0, %rax
#NO_APP
andl $63, %eax
incq percpu_hits(,%rax,8)
#APP
swapgs
#NO_APP
popq %rax
iretq
.L1:
#APP
movq %gs:0, %rax
#NO_APP
andl $63, %eax
incq percpu_hits(,%rax,8)
popq %rax
iretq
page_table:
.zero 8192
fault_stamp:
.quad 0
shootdowns:
.quad 0
fpu_switches:
.quad 0
percpu_hits:
.zero 512
