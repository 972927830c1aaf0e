/* Device IRQs behind the 8259 PIC: each handler talks to its device through port I/O and ends with the EOI. */
#include "kernel_io.h"

volatile unsigned long ticks;
unsigned char key_ring[64];
volatile unsigned int key_head;
unsigned char serial_ring[256];
volatile unsigned int serial_head;
unsigned short ata_sector[256];

__attribute__((interrupt)) void pit_tick(struct interrupt_frame *frame) {
    (void)frame;
    ticks++;
    pic_eoi();
}

__attribute__((interrupt)) void ps2_key(struct interrupt_frame *frame) {
    (void)frame;
    key_ring[key_head % 64] = inb(0x60);
    key_head++;
    pic_eoi();
}

/* COM1 lives above port 0xff, so the compiler must go through DX; the loop drains the 16-byte receive FIFO (and
   no more: on a machine without a UART the status port reads 0xff). */
__attribute__((interrupt)) void com1_rx(struct interrupt_frame *frame) {
    (void)frame;
    for (int n = 0; n < 16 && (inb(0x3fd) & 1); n++)
        serial_ring[serial_head++ % 256] = inb(0x3f8);
    pic_eoi();
}

/* The primary ATA channel raises IRQ 14 (slave PIC) when a sector is ready: read it with rep insw, as a PIO
   driver does, then acknowledge both PICs. The string instruction runs with whatever DF the interrupted
   code had, unless the handler clears it. */
__attribute__((interrupt)) void ata_primary(struct interrupt_frame *frame) {
    void *dst = ata_sector;
    unsigned long count = 256;
    (void)frame;
    __asm__ volatile("rep insw" : "+D"(dst), "+c"(count) : "d"((unsigned short)0x1f0) : "memory");
    outb(0xa0, 0x20);
    pic_eoi();
}
