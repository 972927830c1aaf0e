h:
cld
fldt f80
fld1
faddp %st, %st(1)
fstpt f80
iretl
