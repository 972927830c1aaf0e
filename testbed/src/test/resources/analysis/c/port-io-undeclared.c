/* A deliberate bug: the asm reads a port into AL without telling the compiler, which therefore does
   not save EAX. */
struct frame;
unsigned char status;

__attribute__((interrupt)) void handler(struct frame *f) {
    __asm__ volatile("inb $0x80, %%al\n\tmovb %%al, status" : : : "memory");
}
