/* Port I/O as drivers' handlers do it: the PIC's end of interrupt, a byte read, a block read with
   rep insw after cld. Every register the asm uses is one of its operands, so the compiler saves it. */
struct frame;
unsigned char status;
unsigned short block[8];

static inline __attribute__((always_inline)) void outb(unsigned short port, unsigned char v) {
    __asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port));
}

static inline __attribute__((always_inline)) unsigned char inb(unsigned short port) {
    unsigned char v;
    __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port));
    return v;
}

static inline __attribute__((always_inline)) void insw(unsigned short port, void *buffer, unsigned long count) {
    __asm__ volatile("cld; rep insw" : "+D"(buffer), "+c"(count) : "d"(port) : "memory");
}

__attribute__((interrupt)) void handler(struct frame *f) {
    status = inb(0x80);
    insw(0x1f0, block, 8);
    outb(0x20, 0x20);
}
