double_fault_halt:
pushl %ebp
movl %esp, %ebp
andl $-16, %esp
cld
incl df_count
#APP
hlt
#NO_APP
movl %ebp, %esp
popl %ebp
iretl
double_fault_spin:
pushl %ebp
movl %esp, %ebp
pushl %eax
andl $-16, %esp
cld
movl 4(%ebp), %eax
movl %eax, df_code
.L1:
#APP
cli
hlt
#NO_APP
jmp .L1
page_fault_fatal:
pushl %ebp
movl %esp, %ebp
pushl %edx
pushl %ecx
pushl %eax
andl $-16, %esp
subl $16, %esp
cld
#APP
movl %cr2, %eax
#NO_APP
cmpl $4095, %eax
jbe .L2
movl 4(%ebp), %ecx
movl %ecx, 4(%esp)
movl %eax, (%esp)
calll log_fault
leal -12(%ebp), %esp
popl %eax
popl %ecx
popl %edx
popl %ebp
addl $4, %esp
iretl
.L2:
movl $.L3, (%esp)
calll kernel_panic
gp_fault_panic:
pushl %ebp
movl %esp, %ebp
pushl %edx
pushl %ecx
pushl %eax
andl $-16, %esp
subl $16, %esp
cld
movl $.L4, (%esp)
calll kernel_panic
breakpoint_count:
pushl %ebp
movl %esp, %ebp
andl $-16, %esp
cld
incl breakpoints
movl %ebp, %esp
popl %ebp
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
