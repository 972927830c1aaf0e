page_fault:
pushl %edx
pushl %ecx
pushl %eax
cld
movl 12(%esp), %eax
#APP
movl %cr2, %ecx
#NO_APP
subl $8, %esp
pushl %eax
pushl %ecx
calll log_page_fault
addl $16, %esp
popl %eax
popl %ecx
popl %edx
addl $4, %esp
iretl
