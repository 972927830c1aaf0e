page_fault:
pushl %ebp
movl %esp, %ebp
pushl %edx
pushl %ecx
pushl %eax
andl $-16, %esp
subl $16, %esp
cld
movl 4(%ebp), %eax
#APP
movl %cr2, %ecx
#NO_APP
subl $8, %esp
pushl %eax
pushl %ecx
calll log_page_fault
addl $16, %esp
leal -12(%ebp), %esp
popl %eax
popl %ecx
popl %edx
popl %ebp
addl $4, %esp
iretl
