/* Loads the kernel's data segment and puts the interrupted code's back before iret: DS and ES saved
   and restored with mov (through registers or stack slots), and on 32-bit FS and GS also with a
   push/pop pair inside one asm. */
struct frame;
volatile int counter;

__attribute__((interrupt)) void handler(struct frame *f) {
    unsigned short ds, es;
    __asm__ volatile("mov %%ds, %0" : "=r"(ds));
    __asm__ volatile("mov %%es, %0" : "=r"(es));
    __asm__ volatile("mov %0, %%ds\n\tmov %0, %%es" : : "r"(0x10));
    counter++;
#ifndef __x86_64__
    __asm__ volatile("push %%fs\n\tpush %%gs\n\tmov %0, %%fs\n\tmov %0, %%gs\n\tpop %%gs\n\tpop %%fs" : : "r"(0x10));
#endif
    __asm__ volatile("mov %0, %%es" : : "r"(es));
    __asm__ volatile("mov %0, %%ds" : : "r"(ds));
}
