h:
pushl %edx
pushl %ecx
pushl %eax
pushl %eax
movl $8188, %eax
calll _chkstk
movl 8188(%esp), %eax
cld
pushl den+4
pushl den
pushl num+4
pushl num
calll _alldiv
movl %edx, 4(%esp)
movl %eax, (%esp)
movl (%esp), %eax
movl 4(%esp), %ecx
movl %ecx, num+4
movl %eax, num
addl $8192, %esp
popl %eax
popl %ecx
popl %edx
iretl
num:
.quad 84
den:
.quad 5
