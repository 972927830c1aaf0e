/* Handlers that call out, with what the callee may clobber stated in the source: a logger declared
   no_caller_saved_registers (it saves what it uses, as Clang asks of ISR callees), a helper in the same file, and
   a scheduler hook that is an ordinary function. */
#include "kernel_io.h"

extern void serial_log(const char *message) __attribute__((no_caller_saved_registers));
extern void schedule(void);

volatile unsigned long timer_ticks;
volatile int need_resched;
unsigned long histogram[16];

static __attribute__((noinline)) void account_tick(unsigned long now) {
    histogram[now & 15]++;
    if ((now & 1023) == 0)
        need_resched = 1;
}

__attribute__((interrupt)) void timer_logged(struct interrupt_frame *frame) {
    (void)frame;
    serial_log("tick");
    timer_ticks++;
    pic_eoi();
}

__attribute__((interrupt)) void timer_accounted(struct interrupt_frame *frame) {
    (void)frame;
    account_tick(++timer_ticks);
    pic_eoi();
}

__attribute__((interrupt)) void timer_preempt(struct interrupt_frame *frame) {
    (void)frame;
    timer_ticks++;
    if (need_resched)
        schedule();
    pic_eoi();
}
