/* Locks and counters as handlers use them: xchg spin lock with pause, lock add/inc, xadd whose old
   value is used, lock cmpxchg, a double-width compare-and-swap (cmpxchg8b / cmpxchg16b), fences. */
struct frame;
int lock;
volatile int counter;
int ticket, seen;
#ifdef __x86_64__
__int128 wide;
#else
long long wide;
#endif

__attribute__((interrupt)) void handler(struct frame *f) {
    while (__atomic_exchange_n(&lock, 1, __ATOMIC_ACQUIRE))
        __builtin_ia32_pause();
    __atomic_fetch_add(&counter, 1, __ATOMIC_SEQ_CST);
    seen = __atomic_fetch_add(&ticket, 2, __ATOMIC_SEQ_CST);
    __sync_val_compare_and_swap(&counter, 5, 6);
    __sync_bool_compare_and_swap(&wide, 0, 1);
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    __asm__ volatile("lfence\n\tsfence\n\tmfence" : : : "memory");
    __atomic_store_n(&lock, 0, __ATOMIC_RELEASE);
}
