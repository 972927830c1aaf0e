/* Handlers that do not return, among handlers that do (compiled by generate.sh with Clang into
 * clang-noreturn-*.s): the oracle must say how each of the first kind ended and judge the others. */
struct frame { unsigned long ip, cs, flags, sp, ss; };
void kernel_panic(const char *why) __attribute__((noreturn));
volatile int ticks;

__attribute__((interrupt)) void counts(struct frame *f) { ticks++; }
__attribute__((interrupt)) void halts(struct frame *f) { for (;;) __asm__ volatile("hlt"); }
__attribute__((interrupt)) void spins(struct frame *f) { for (;;) ticks++; }
__attribute__((interrupt)) void panics(struct frame *f) { kernel_panic("unexpected interrupt"); }
/* Halts once, then returns: execution goes on after a hlt at the next interrupt. */
__attribute__((interrupt)) void waits(struct frame *f) { __asm__ volatile("hlt"); ticks++; }
/* A double-fault handler declared without its error code: judged as the #DF it is (:ecode), its
 * iret pops the error code as the return address. */
__attribute__((interrupt)) void double_fault(struct frame *f) { __asm__ volatile("hlt"); }
