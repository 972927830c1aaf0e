gp_fault_reload:
pushl %ecx
pushl %eax
cld
movl 8(%esp), %ecx
#APP
movw $16, %ax
movl %eax, %ds
movl %eax, %es
movl %eax, %fs
movl %eax, %gs
#NO_APP
movl %ecx, last_gp_error
popl %eax
popl %ecx
addl $4, %esp
iretl
gp_fault_saved:
pushl %esi
pushl %edx
pushl %ecx
pushl %eax
cld
movl 16(%esp), %eax
#APP
movw %ds, %dx
movw %es, %cx
#NO_APP
movw $16, %si
#APP
movl %esi, %ds
movl %esi, %es
#NO_APP
movl %eax, last_gp_error
#APP
movl %ecx, %es
movl %edx, %ds
#NO_APP
popl %eax
popl %ecx
popl %edx
popl %esi
addl $4, %esp
iretl
spurious_pushpop:
pushl %eax
cld
#APP
pushl %ds
movw $16, %ax
movl %eax, %ds
incl irq7_spurious
popl %ds
#NO_APP
popl %eax
iretl
last_gp_error:
.long 0
irq7_spurious:
.long 0
