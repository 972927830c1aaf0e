/* A sampling interrupt that keeps a running mean of a sensor value in floating point. */
struct interrupt_frame {
    unsigned long ip, cs, flags, sp, ss;
};

extern volatile float sensor;
float mean;
unsigned long samples;

__attribute__((interrupt)) void sample_sensor(struct interrupt_frame *frame) {
    (void)frame;
    samples++;
    mean += (sensor - mean) / (float)samples;
}
