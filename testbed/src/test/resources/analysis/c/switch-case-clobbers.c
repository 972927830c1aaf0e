/* A deliberate bug reached only through the jump table: case 0 (the one that runs, selector being 0)
   changes EBX behind the compiler's back. */
struct frame;
volatile int selector;
volatile int out[6];

__attribute__((interrupt)) void handler(struct frame *f) {
    switch (selector) {
    case 0: __asm__ volatile("movl $0, %%ebx" : : : "memory"); out[0] = 11; break;
    case 1: out[1] = 23; break;
    case 2: out[2] = 37; break;
    case 3: out[3] = 41; break;
    case 4: out[4] = 59; break;
    case 5: out[5] = 67; break;
    }
}
