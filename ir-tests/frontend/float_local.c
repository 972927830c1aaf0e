/* A thermal sensor interrupt that keeps the reading in a volatile float local (so a debugger sees it), and the
   same with a double: the handler's SSE use is real, the local only a 4- or 8-byte store. */
#include "kernel_io.h"

volatile float sensor_celsius;
volatile double sensor_kelvin;
float scaled_celsius;
double scaled_kelvin;

__attribute__((interrupt)) void thermal_float(struct interrupt_frame *frame) {
    volatile float reading = sensor_celsius;
    (void)frame;
    scaled_celsius = reading * 0.5f;
}

__attribute__((interrupt)) void thermal_double(struct interrupt_frame *frame) {
    volatile double reading = sensor_kelvin;
    (void)frame;
    scaled_kelvin = reading * 0.5;
}
