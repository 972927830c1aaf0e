h:
cld
movq $0, (%rsp)
iretq
