h:
pushl %ebp
movl %esp, %ebp
andl $-16, %esp
subl $32, %esp
movaps %xmm0, -24(%ebp)
cld
#APP
xorps %xmm0, %xmm0
#NO_APP
movaps -24(%ebp), %xmm0
movl %ebp, %esp
popl %ebp
iretl
