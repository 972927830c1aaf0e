/* A deliberate bug: rdtscp also writes ECX (TSC_AUX), which the asm does not declare. */
struct frame;
unsigned long long tsc;

__attribute__((interrupt)) void handler(struct frame *f) {
    unsigned int lo, hi;
    __asm__ volatile("rdtscp" : "=a"(lo), "=d"(hi));
    tsc = (unsigned long long)hi << 32 | lo;
}
