/* A deliberate bug: loads the kernel's data segment into DS and ES and never puts the interrupted
   code's back. */
struct frame;
volatile int counter;

__attribute__((interrupt)) void handler(struct frame *f) {
    __asm__ volatile("mov %0, %%ds\n\tmov %0, %%es" : : "r"(0x10));
    counter++;
}
