/* Port I/O and the interrupt frame, as every hobby kernel writes them for its handlers. */
#ifndef KERNEL_IO_H
#define KERNEL_IO_H

struct interrupt_frame {
    unsigned long ip, cs, flags, sp, ss;
};

static inline void outb(unsigned short port, unsigned char value) {
    __asm__ volatile("outb %0, %1" : : "a"(value), "Nd"(port));
}

static inline unsigned char inb(unsigned short port) {
    unsigned char value;
    __asm__ volatile("inb %1, %0" : "=a"(value) : "Nd"(port));
    return value;
}

/* The 8259 wants an end-of-interrupt command (0x20) on its command port. */
static inline void pic_eoi(void) {
    outb(0x20, 0x20);
}

#endif
