/* A deliberate bug: a hand-written lock cmpxchg that does not declare EAX, which cmpxchg compares
   with and, when they differ, loads with the old value. */
struct frame;
int lock;

__attribute__((interrupt)) void handler(struct frame *f) {
    __asm__ volatile("lock cmpxchgl %1, %0" : "+m"(lock) : "c"(1) : "memory");
}
