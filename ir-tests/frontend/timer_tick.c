/* A timer tick: count and return. The frame is not used, and its struct is left incomplete, as in GCC's
   documentation of the interrupt attribute. */
struct interrupt_frame;

volatile unsigned long ticks;

__attribute__((interrupt)) void timer_tick(struct interrupt_frame *frame) {
    (void)frame;
    ticks++;
}
