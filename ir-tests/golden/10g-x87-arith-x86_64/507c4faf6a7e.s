h:
cld
fldt f80(%rip)
fld1
faddp %st, %st(1)
fstpt f80(%rip)
iretq
