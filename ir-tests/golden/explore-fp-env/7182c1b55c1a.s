.L1:
.long 0x40400000
h:
cld
flds value
fmuls .L1
fstps value
iretl
value:
.long 0x00000000
