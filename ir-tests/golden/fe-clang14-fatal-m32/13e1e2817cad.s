double_fault_halt:
cld
addl $1, df_count
#APP
hlt
#NO_APP
iretl
double_fault_spin:
pushl %eax
cld
movl 4(%esp), %eax
movl %eax, df_code
.L1:
#APP
cli
hlt
#NO_APP
jmp .L1
page_fault_fatal:
pushl %edx
pushl %ecx
pushl %eax
subl $16, %esp
cld
#APP
movl %cr2, %eax
#NO_APP
cmpl $4095, %eax
jbe .L2
movl 28(%esp), %ecx
movl %ecx, 4(%esp)
movl %eax, (%esp)
calll log_fault
addl $16, %esp
popl %eax
popl %ecx
popl %edx
addl $4, %esp
iretl
.L2:
movl $.L3, (%esp)
calll kernel_panic
gp_fault_panic:
pushl %edx
pushl %ecx
pushl %eax
subl $16, %esp
cld
movl $.L4, (%esp)
calll kernel_panic
breakpoint_count:
cld
addl $1, breakpoints
iretl
df_count:
.long 0
df_code:
.long 0
.L3:
.asciz "null pointer dereference"
.L4:
.asciz "general protection fault"
breakpoints:
.long 0
