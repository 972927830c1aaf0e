/* System instructions that real handlers use: a demand-paging page fault (CR2, invlpg, rdtsc), a TLB shootdown
   IPI (CR3 reload, x2APIC EOI via wrmsr), a lazy-FPU #NM handler (clts), and on x86-64 a per-CPU IPI that
   switches to the kernel GS base with swapgs when it interrupted user mode. */
#include "kernel_io.h"

unsigned long page_table[1024];
unsigned long long fault_stamp;
volatile unsigned long shootdowns, fpu_switches;
unsigned long percpu_hits[64];

static inline unsigned long long rdtsc(void) {
    unsigned int lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return ((unsigned long long)hi << 32) | lo;
}

__attribute__((interrupt)) void pf_demand(struct interrupt_frame *frame, unsigned long code) {
    unsigned long address;
    (void)frame;
    (void)code;
    __asm__ volatile("mov %%cr2, %0" : "=r"(address));
    page_table[(address >> 12) & 1023] = (address & ~0xfffUL) | 3;
    __asm__ volatile("invlpg (%0)" : : "r"(address) : "memory");
    fault_stamp = rdtsc();
}

__attribute__((interrupt)) void tlb_shootdown(struct interrupt_frame *frame) {
    unsigned long cr3;
    (void)frame;
    __asm__ volatile("mov %%cr3, %0\n\tmov %0, %%cr3" : "=r"(cr3) : : "memory");
    shootdowns++;
    __asm__ volatile("wrmsr" : : "c"(0x80b), "a"(0), "d"(0));
}

__attribute__((interrupt)) void nm_lazy_fpu(struct interrupt_frame *frame) {
    (void)frame;
    __asm__ volatile("clts");
    fpu_switches++;
}

#ifdef __x86_64__
__attribute__((interrupt)) void ipi_percpu(struct interrupt_frame *frame) {
    int from_user = (frame->cs & 3) != 0;
    unsigned long cpu;
    if (from_user)
        __asm__ volatile("swapgs");
    __asm__ volatile("mov %%gs:0, %0" : "=r"(cpu));
    percpu_hits[cpu & 63]++;
    if (from_user)
        __asm__ volatile("swapgs");
}
#endif
