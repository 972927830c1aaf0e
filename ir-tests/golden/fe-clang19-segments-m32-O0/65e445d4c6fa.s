gp_fault_reload:
pushl %ebp
movl %esp, %ebp
pushl %eax
andl $-16, %esp
subl $16, %esp
cld
movl 4(%ebp), %eax
leal 8(%ebp), %eax
movl %eax, (%esp)
#APP
movw $16, %ax
movl %eax, %ds
movl %eax, %es
movl %eax, %fs
movl %eax, %gs
#NO_APP
movl 4(%ebp), %eax
movl %eax, last_gp_error
leal -4(%ebp), %esp
popl %eax
popl %ebp
addl $4, %esp
iretl
gp_fault_saved:
pushl %ebp
movl %esp, %ebp
pushl %ecx
pushl %eax
andl $-16, %esp
subl $16, %esp
cld
movl 4(%ebp), %eax
leal 8(%ebp), %eax
movl %eax, 12(%esp)
#APP
movw %ds, %cx
movw %es, %ax
#NO_APP
movw %cx, 10(%esp)
movw %ax, 8(%esp)
movw $16, %ax
#APP
movl %eax, %ds
movl %eax, %es
#NO_APP
movl 4(%ebp), %eax
movl %eax, last_gp_error
movw 8(%esp), %ax
movw 10(%esp), %cx
#APP
movl %eax, %es
movl %ecx, %ds
#NO_APP
leal -8(%ebp), %esp
popl %eax
popl %ecx
popl %ebp
addl $4, %esp
iretl
spurious_pushpop:
pushl %ebp
movl %esp, %ebp
pushl %eax
andl $-16, %esp
subl $16, %esp
cld
leal 4(%ebp), %eax
movl %eax, (%esp)
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
