/* A handler GCC gives a frame and realigns (a local aligned to 16): it leaves with `leave`; the loop
   head is aligned with the assembler's long nop `lea 0(%esi,%eiz,1), %esi`. */
struct interrupt_frame;
extern volatile int busy;

__attribute__((interrupt)) void handler(struct interrupt_frame *frame) {
    unsigned int buffer[4] __attribute__((aligned(16)));
    (void)frame;
    while (busy)
        __builtin_ia32_pause();
    __asm__ volatile("" : : "r"(buffer) : "memory");
}
