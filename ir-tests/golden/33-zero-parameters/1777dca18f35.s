timer_tick:
cld
incq ticks(%rip)
iretq
ticks:
.quad 0
