timer_tick:
incq ticks(%rip)
iretq
ticks:
.quad 0
