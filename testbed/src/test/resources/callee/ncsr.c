/*
 * no_caller_saved_registers as Clang's own tests use it (our own minimal case): such functions
 * calling each other, one through a function pointer, and a handler calling them.
 */
struct frame { unsigned long ip, cs, flags, sp, ss; };

volatile int state;

__attribute__((no_caller_saved_registers, noinline)) void reset(void) { state = 0; }
__attribute__((no_caller_saved_registers, noinline)) void step(int *p) { *p += state; reset(); }
__attribute__((no_caller_saved_registers)) void (*on_irq)(int *) = step;

__attribute__((interrupt)) void irq(struct frame *f) {
    int local = 1;
    step(&local);
    on_irq(&local);
}
