gp_fault_reload:
pushl %ebp
movl %esp, %ebp
pushl %ecx
pushl %eax
andl $-16, %esp
cld
movl 4(%ebp), %ecx
#APP
movw $16, %ax
movl %eax, %ds
movl %eax, %es
movl %eax, %fs
movl %eax, %gs
#NO_APP
movl %ecx, last_gp_error
leal -8(%ebp), %esp
popl %eax
popl %ecx
popl %ebp
addl $4, %esp
iretl
gp_fault_saved:
pushl %ebp
movl %esp, %ebp
pushl %esi
pushl %edx
pushl %ecx
pushl %eax
andl $-16, %esp
cld
movl 4(%ebp), %eax
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
leal -16(%ebp), %esp
popl %eax
popl %ecx
popl %edx
popl %esi
popl %ebp
addl $4, %esp
iretl
spurious_pushpop:
pushl %ebp
movl %esp, %ebp
pushl %eax
andl $-16, %esp
cld
#APP
pushl %ds
movw $16, %ax
movl %eax, %ds
incl irq7_spurious
popl %ds
#NO_APP
leal -4(%ebp), %esp
popl %eax
popl %ebp
iretl
last_gp_error:
.long 0
irq7_spurious:
.long 0
