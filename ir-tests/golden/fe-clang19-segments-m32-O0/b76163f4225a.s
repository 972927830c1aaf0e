gp_fault_reload:
pushl %ebp
movl %esp, %ebp
pushl %eax
pushl %eax
cld
movl 4(%ebp), %eax
leal 8(%ebp), %eax
movl %eax, -8(%ebp)
#APP
movw $16, %ax
movl %eax, %ds
movl %eax, %es
movl %eax, %fs
movl %eax, %gs
#NO_APP
movl 4(%ebp), %eax
movl %eax, last_gp_error
addl $4, %esp
popl %eax
popl %ebp
addl $4, %esp
iretl
gp_fault_saved:
pushl %ebp
movl %esp, %ebp
pushl %ecx
pushl %eax
subl $8, %esp
cld
movl 4(%ebp), %eax
leal 8(%ebp), %eax
movl %eax, -12(%ebp)
#APP
movw %ds, %cx
movw %es, %ax
#NO_APP
movw %cx, -14(%ebp)
movw %ax, -16(%ebp)
movw $16, %ax
#APP
movl %eax, %ds
movl %eax, %es
#NO_APP
movl 4(%ebp), %eax
movl %eax, last_gp_error
movw -16(%ebp), %ax
movw -14(%ebp), %cx
#APP
movl %eax, %es
movl %ecx, %ds
#NO_APP
addl $8, %esp
popl %eax
popl %ecx
popl %ebp
addl $4, %esp
iretl
spurious_pushpop:
pushl %ebp
movl %esp, %ebp
pushl %eax
pushl %eax
cld
leal 4(%ebp), %eax
movl %eax, -8(%ebp)
#APP
pushl %ds
movw $16, %ax
movl %eax, %ds
incl irq7_spurious
popl %ds
#NO_APP
addl $4, %esp
popl %eax
popl %ebp
iretl
last_gp_error:
.long 0
irq7_spurious:
.long 0
