/* A volatile float local next to the spill of xmm0 (issue 14): movss stores 4 bytes, not the 16 of
   the spill slot beside it. */
struct frame;
float value;

__attribute__((interrupt)) void handler(struct frame *f) {
    volatile float local = value;
    value = local;
}
