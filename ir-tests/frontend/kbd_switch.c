/* A keyboard handler that decodes modifier and lock keys with a switch on the scancode (dense enough to become
   a jump table) and passes every other key to a hook the console installs. */
#include "kernel_io.h"

void (*key_hook)(unsigned char scancode);
unsigned int shift_depth, ctrl_down, alt_down, caps_on, num_on, scroll_on;
unsigned long dropped_keys;

__attribute__((interrupt)) void kbd_decode(struct interrupt_frame *frame) {
    unsigned char scancode = inb(0x60);
    (void)frame;
    switch (scancode) {
    case 0x1d: ctrl_down = 1; break;
    case 0x2a: shift_depth++; break;
    case 0x36: shift_depth += 2; break;
    case 0x38: alt_down = 1; break;
    case 0x3a: caps_on = !caps_on; outb(0x60, 0xed); break;
    case 0x45: num_on ^= 1; outb(0x60, 0xed); break;
    case 0x46: scroll_on = scroll_on ? 0 : 3; break;
    case 0x9d: ctrl_down = 0; break;
    default:
        if (key_hook)
            key_hook(scancode);
        else
            dropped_keys++;
    }
    pic_eoi();
}
