/* A deliberate bug: rep insw with the interrupted code's direction flag (no cld). */
struct frame;
unsigned short block[8];

__attribute__((interrupt)) void handler(struct frame *f) {
    void *buffer = block;
    unsigned long count = 8;
    __asm__ volatile("rep insw" : "+D"(buffer), "+c"(count) : "d"((unsigned short)0x1f0) : "memory");
}
