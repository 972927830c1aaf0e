/*
 * Negative control: a kernel built -mgeneral-regs-only whose helper is built for SSE (a target
 * attribute) and really uses xmm registers; nothing declares it, so only its code says so.
 */
struct frame { unsigned long ip, cs, flags, sp, ss; };

volatile float scale = 1.5f;
volatile unsigned long ticks;

#ifdef USE_SSE
__attribute__((noinline, target("sse2"))) static void count_tick(void) { ticks = ticks * scale; }
#else
__attribute__((noinline)) static void count_tick(void) { ticks = ticks + 3; }
#endif

__attribute__((interrupt)) void timer(struct frame *f) { count_tick(); }
