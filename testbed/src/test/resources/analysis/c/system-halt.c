/* Waits for the next interrupt with sti; hlt, then reloads the task register from what str read:
   execution goes on after hlt, so the path reaches the iret. */
struct frame;
unsigned short task;

__attribute__((interrupt)) void handler(struct frame *f) {
    __asm__ volatile("str %0" : "=r"(task));
    __asm__ volatile("sti\n\thlt\n\tcli" : : : "memory");
    __asm__ volatile("ltr %0" : : "r"(task));
}
