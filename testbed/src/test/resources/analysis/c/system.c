/* System instructions a kernel's handlers use, each with its outputs declared: CR2 (the page-fault
   address), CR0/CR3/CR4 and debug registers, rdtsc/rdtscp, rdmsr/wrmsr (TSC_AUX written back as
   read), invlpg, the descriptor tables stored and loaded back, str, clts, cli, wbinvd, and on x86-64
   a swapgs pair and the FS base read and written back. */
struct frame;
unsigned long fault_address, control0, control3, control4, debug7;
unsigned long long tsc, apic_base;
unsigned int tsc_aux;
unsigned short task;
struct __attribute__((packed)) { unsigned short limit; unsigned long base; } idtr, gdtr;

__attribute__((interrupt)) void handler(struct frame *f) {
    unsigned int lo, hi;
    __asm__ volatile("mov %%cr2, %0" : "=r"(fault_address));
    __asm__ volatile("mov %%cr0, %0\n\tmov %0, %%cr0" : "=r"(control0));
    __asm__ volatile("mov %%cr3, %0\n\tmov %0, %%cr3" : "=r"(control3) : : "memory");
    __asm__ volatile("mov %%cr4, %0" : "=r"(control4));
    __asm__ volatile("mov %%dr7, %0" : "=r"(debug7));
    __asm__ volatile("mov %0, %%dr0" : : "r"(0ul));
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    tsc = (unsigned long long)hi << 32 | lo;
    __asm__ volatile("rdtscp" : "=a"(lo), "=d"(hi), "=c"(tsc_aux));
    __asm__ volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(0x1b));
    apic_base = (unsigned long long)hi << 32 | lo;
    __asm__ volatile("wrmsr" : : "c"(0xc0000103), "a"(tsc_aux), "d"(0));
    __asm__ volatile("invlpg (%0)" : : "r"(&tsc) : "memory");
    __asm__ volatile("sidt %0\n\tlidt %0" : "+m"(idtr));
    __asm__ volatile("sgdt %0\n\tlgdt %0" : "+m"(gdtr));
    __asm__ volatile("str %0" : "=r"(task));
    __asm__ volatile("clts\n\tcli\n\twbinvd");
#ifdef __x86_64__
    unsigned long base;
    __asm__ volatile("swapgs\n\tswapgs");
    __asm__ volatile("rdfsbase %0\n\twrfsbase %0" : "=r"(base));
#endif
}
