/* The same with a double: movsd stores 8 bytes. */
struct frame;
double value;

__attribute__((interrupt)) void handler(struct frame *f) {
    volatile double local = value;
    value = local;
}
