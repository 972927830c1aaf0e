/* A kernel linked as an executable (by the test, with GNU ld at 1 MiB): its handlers run where they
 * were linked, calling a function of their own (generate.sh compiles it with Clang into clang-kernel-i686.s). */
struct frame { unsigned long ip, cs, flags, sp, ss; };
volatile int ticks;
static void __attribute__((noinline)) bump(void) { ticks += 3; }
__attribute__((interrupt)) void tick(struct frame *f) { bump(); }
__attribute__((interrupt)) void halts(struct frame *f) { for (;;) __asm__ volatile("hlt"); }
void _start(void) { for (;;) __asm__ volatile("hlt"); }
