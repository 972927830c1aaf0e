/* Interrupt handlers as a 32-bit kernel built with Clang writes them: iretlab's pass tests compile
   them with each Clang and check the passes' output under the execution oracle. */
typedef unsigned int uword_t;

struct interrupt_frame {
    uword_t ip;
    uword_t cs;
    uword_t flags;
};

/* An ordinary function of the kernel: the ABI lets it use every SSE register. */
void consume(float *values);

volatile float sink;

__attribute__((interrupt)) void sse_call(struct interrupt_frame *frame) {
    float values[4] = {1.0f, 2.0f, 3.0f, 4.0f};
    consume(values);
}

__attribute__((interrupt)) void float_local(struct interrupt_frame *frame) {
    float x = sink;
    sink = x * 1.5f + 0.25f;
}

/* Skips the 6-byte instruction that faulted: a frame write that must reach the real frame. */
__attribute__((interrupt)) void skip_fault(struct interrupt_frame *frame, uword_t error_code) {
    ((volatile struct interrupt_frame *)frame)->ip += 6;
    sink = (float)error_code;
}
