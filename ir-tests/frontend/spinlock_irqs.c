/* IRQ handlers that share data with the rest of the kernel through atomics and a spinlock, as SMP-minded hobby
   kernels do: an xchg test-and-set lock with pause, a lock-prefixed counter, a cmpxchg retry loop, a fence, and
   the x2APIC end-of-interrupt written with wrmsr. */
#include "kernel_io.h"

typedef struct {
    volatile int locked;
} spinlock_t;

static inline void spin_lock(spinlock_t *lock) {
    while (__atomic_exchange_n(&lock->locked, 1, __ATOMIC_ACQUIRE))
        while (lock->locked)
            __builtin_ia32_pause();
}

static inline void spin_unlock(spinlock_t *lock) {
    __atomic_store_n(&lock->locked, 0, __ATOMIC_RELEASE);
}

/* x2APIC EOI register: MSR 0x80b, write 0. */
static inline void x2apic_eoi(void) {
    __asm__ volatile("wrmsr" : : "c"(0x80b), "a"(0), "d"(0));
}

spinlock_t kbd_lock;
unsigned char kbd_buf[128];
unsigned int kbd_len;
unsigned long irq_seen;
unsigned long long jiffies;
unsigned long wakeup_seq;
unsigned long last_seq;

__attribute__((interrupt)) void kbd_locked(struct interrupt_frame *frame) {
    unsigned char scancode = inb(0x60);
    (void)frame;
    __atomic_fetch_add(&irq_seen, 1, __ATOMIC_RELAXED);
    spin_lock(&kbd_lock);
    if (kbd_len < sizeof kbd_buf)
        kbd_buf[kbd_len++] = scancode;
    spin_unlock(&kbd_lock);
    pic_eoi();
}

/* A 64-bit tick counter updated with a compare-and-swap loop (cmpxchg8b on i386), a sequence number taken with
   fetch-add (lock xadd), a full fence before the EOI. */
__attribute__((interrupt)) void apic_timer(struct interrupt_frame *frame) {
    unsigned long long old = __atomic_load_n(&jiffies, __ATOMIC_RELAXED);
    (void)frame;
    while (!__atomic_compare_exchange_n(&jiffies, &old, old + 1, 1, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED))
        __builtin_ia32_pause();
    last_seq = __atomic_fetch_add(&wakeup_seq, 1, __ATOMIC_ACQ_REL);
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    x2apic_eoi();
}
