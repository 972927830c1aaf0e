h:
movq $0, (%rsp)
iretq
