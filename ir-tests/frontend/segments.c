/* 32-bit kernels that reload the data segment registers with the kernel data selector (0x10) at the start of a
   handler, so that kernel data is reachable whatever the interrupted code had loaded. */
#include "kernel_io.h"

unsigned long last_gp_error;
volatile unsigned long irq7_spurious;

/* Reloads DS, ES, FS and GS and never puts the interrupted code's selectors back. */
__attribute__((interrupt)) void gp_fault_reload(struct interrupt_frame *frame, unsigned long error) {
    (void)frame;
    __asm__ volatile("mov $0x10, %%ax\n\tmov %%ax, %%ds\n\tmov %%ax, %%es\n\tmov %%ax, %%fs\n\tmov %%ax, %%gs"
                     : : : "ax");
    last_gp_error = error;
}

/* Saves DS and ES in registers, loads the kernel selector, and restores both before returning. */
__attribute__((interrupt)) void gp_fault_saved(struct interrupt_frame *frame, unsigned long error) {
    unsigned short ds, es;
    (void)frame;
    __asm__ volatile("mov %%ds, %0\n\tmov %%es, %1" : "=r"(ds), "=r"(es));
    __asm__ volatile("mov %0, %%ds\n\tmov %0, %%es" : : "r"((unsigned short)0x10));
    last_gp_error = error;
    __asm__ volatile("mov %0, %%es\n\tmov %1, %%ds" : : "r"(es), "r"(ds));
}

/* Saves DS on the stack around the work, in one asm statement. */
__attribute__((interrupt)) void spurious_pushpop(struct interrupt_frame *frame) {
    (void)frame;
    __asm__ volatile("push %%ds\n\tmov $0x10, %%ax\n\tmov %%ax, %%ds\n\tincl %0\n\tpop %%ds"
                     : "+m"(irq7_spurious) : : "ax");
}
