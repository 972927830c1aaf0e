// A C++ kernel's local-APIC timer handler, built -O0 as a debug kernel is: the tick lives in a class, and the EOI
// helper is marked no_caller_saved_registers so the handler may call it; the EOI is an MMIO store.
#include <stdint.h>

struct InterruptFrame {
    uint64_t rip, cs, rflags, rsp, ss;
};

class Timer {
public:
    bool increment_tick() {
        ++tick_;
        return tick_ % quantum_ == 0;
    }

private:
    uint64_t tick_ = 0;
    uint64_t quantum_ = 20;
};

Timer kernel_timer;
volatile bool switch_pending;

namespace {
[[gnu::no_caller_saved_registers]] void notify_end_of_interrupt() {
    auto *volatile eoi = reinterpret_cast<volatile uint32_t *>(0xfee000b0);
    *eoi = 0;
}
} // namespace

__attribute__((interrupt)) void on_lapic_timer(InterruptFrame *frame) {
    (void)frame;
    if (kernel_timer.increment_tick())
        switch_pending = true;
    notify_end_of_interrupt();
}
