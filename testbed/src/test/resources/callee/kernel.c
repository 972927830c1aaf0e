/*
 * A kernel's interrupt handlers as OS code writes them: an external logger, an EOI routine
 * declared no_caller_saved_registers, a panic that does not return, a helper in the same file,
 * and a hook called through a no_caller_saved_registers function pointer. Compiled by generate.sh.
 */
struct frame { unsigned long ip, cs, flags, sp, ss; };

extern void log_irq(int vector);
extern void panic(const char *why) __attribute__((noreturn));
extern void eoi(void) __attribute__((no_caller_saved_registers));
void (*tick_hook)(void) __attribute__((no_caller_saved_registers)) = eoi;

static volatile unsigned long ticks;

__attribute__((noinline)) static void count_tick(void) { ticks++; }

__attribute__((interrupt)) void timer(struct frame *f) {
    count_tick();
    tick_hook();
    eoi();
}

__attribute__((interrupt)) void keyboard(struct frame *f) {
    if (ticks > 1000000000)
        panic("the timer ran away");
    log_irq(33);
    eoi();
}
