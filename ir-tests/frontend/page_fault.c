/* A page fault handler: it reads CR2 and logs the faulting address with the error code. */
typedef unsigned long uword_t;
struct interrupt_frame {
    unsigned long ip, cs, flags, sp, ss;
};

extern void log_page_fault(unsigned long address, uword_t error_code);

__attribute__((interrupt)) void page_fault(struct interrupt_frame *frame, uword_t error_code) {
    unsigned long address;
    (void)frame;
    __asm__ volatile("mov %%cr2, %0" : "=r"(address));
    log_page_fault(address, error_code);
}
