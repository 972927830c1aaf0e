h:
pushl %ebp
movl %esp, %ebp
pushl %eax
andl $-16, %esp
subl $48, %esp
movaps %xmm0, -24(%ebp)
cld
movl 4(%ebp), %eax
xorps %xmm0, %xmm0
movaps %xmm0, (%esp)
movaps (%esp), %xmm0
movaps %xmm0, (%esp)
movl %eax, error_code_seen
movaps -24(%ebp), %xmm0
leal -4(%ebp), %esp
popl %eax
popl %ebp
addl $4, %esp
iretl
error_code_seen:
.long 0
