/* A deliberate bug: swapgs on entry and no swapgs before iret, so the interrupted code continues with
   the kernel's GS base. */
struct frame;
volatile int counter;

__attribute__((interrupt)) void handler(struct frame *f) {
    __asm__ volatile("swapgs" : : : "memory");
    counter++;
}
