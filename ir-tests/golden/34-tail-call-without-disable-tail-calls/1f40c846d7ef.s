h:
pushl %edx
pushl %ecx
pushl %eax
cld
calll log_interrupt
popl %eax
popl %ecx
popl %edx
iretl
