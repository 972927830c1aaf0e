/* Exception handlers of the kind that end the kernel: a double fault that halts, one that halts forever, a page
   fault that may call a noreturn panic, a general protection fault that always does; and a breakpoint handler
   that returns, next to them. */
#include "kernel_io.h"

extern void kernel_panic(const char *message) __attribute__((noreturn));
extern void log_fault(unsigned long address, unsigned long code);

volatile unsigned long df_count, df_code, breakpoints;

/* Declared without the error code the CPU pushes for #DF (vector 8), as some kernels do; halts until the next
   interrupt (NMI or SMI) and then returns with the error code still on the stack. */
__attribute__((interrupt)) void double_fault_halt(struct interrupt_frame *frame) {
    (void)frame;
    df_count++;
    __asm__ volatile("hlt");
}

/* Declared with its error code; never returns. */
__attribute__((interrupt)) void double_fault_spin(struct interrupt_frame *frame, unsigned long code) {
    (void)frame;
    df_code = code;
    for (;;)
        __asm__ volatile("cli\n\thlt");
}

__attribute__((interrupt)) void page_fault_fatal(struct interrupt_frame *frame, unsigned long code) {
    unsigned long address;
    (void)frame;
    __asm__ volatile("mov %%cr2, %0" : "=r"(address));
    if (address < 0x1000)
        kernel_panic("null pointer dereference");
    log_fault(address, code);
}

__attribute__((interrupt)) void gp_fault_panic(struct interrupt_frame *frame, unsigned long code) {
    (void)frame;
    (void)code;
    kernel_panic("general protection fault");
}

__attribute__((interrupt)) void breakpoint_count(struct interrupt_frame *frame) {
    (void)frame;
    breakpoints++;
}
