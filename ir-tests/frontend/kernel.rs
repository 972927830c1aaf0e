// Interrupt handlers as Rust hobby kernels write them with the x86_64 crate's conventions (InterruptStackFrame by
// value, the error code as u64, diverging handlers returning !), compiled as a no_std library with a kernel's
// settings: no SSE/MMX (soft-float), no red zone, panic=abort.
#![no_std]
#![feature(abi_x86_interrupt)]

use core::arch::asm;
use core::sync::atomic::{AtomicBool, AtomicU64, Ordering};

#[repr(C)]
pub struct InterruptStackFrame {
    pub instruction_pointer: u64,
    pub code_segment: u64,
    pub cpu_flags: u64,
    pub stack_pointer: u64,
    pub stack_segment: u64,
}

static TICKS: AtomicU64 = AtomicU64::new(0);
static KEY_LOCK: AtomicBool = AtomicBool::new(false);
pub static mut KEYS: [u8; 64] = [0; 64];
pub static mut KEY_COUNT: usize = 0;

extern "C" {
    fn log_breakpoint(instruction_pointer: u64);
    fn log_page_fault(address: u64, error_code: u64);
}

unsafe fn outb(port: u16, value: u8) {
    asm!("out dx, al", in("dx") port, in("al") value, options(nomem, nostack, preserves_flags));
}

unsafe fn inb(port: u16) -> u8 {
    let value: u8;
    asm!("in al, dx", out("al") value, in("dx") port, options(nomem, nostack, preserves_flags));
    value
}

fn hlt_loop() -> ! {
    loop {
        unsafe { asm!("hlt", options(nomem, nostack)) };
    }
}

#[no_mangle]
pub extern "x86-interrupt" fn timer_interrupt(_frame: InterruptStackFrame) {
    TICKS.fetch_add(1, Ordering::Relaxed);
    unsafe { outb(0x20, 0x20) };
}

// The scancode queue is guarded by a spinlock (compare-exchange with a spin-loop hint, as spin::Mutex does).
#[no_mangle]
pub extern "x86-interrupt" fn keyboard_interrupt(_frame: InterruptStackFrame) {
    let scancode = unsafe { inb(0x60) };
    while KEY_LOCK.compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed).is_err() {
        core::hint::spin_loop();
    }
    unsafe {
        if KEY_COUNT < KEYS.len() {
            KEYS[KEY_COUNT] = scancode;
            KEY_COUNT += 1;
        }
    }
    KEY_LOCK.store(false, Ordering::Release);
    unsafe { outb(0x20, 0x20) };
}

#[no_mangle]
pub extern "x86-interrupt" fn breakpoint(frame: InterruptStackFrame) {
    unsafe { log_breakpoint(frame.instruction_pointer) };
}

// Reads CR2, logs, and halts forever: the handler never returns.
#[no_mangle]
pub extern "x86-interrupt" fn page_fault(_frame: InterruptStackFrame, error_code: u64) {
    let address: u64;
    unsafe {
        asm!("mov {}, cr2", out(reg) address, options(nomem, nostack, preserves_flags));
        log_page_fault(address, error_code);
    }
    hlt_loop();
}

#[no_mangle]
pub extern "x86-interrupt" fn double_fault(_frame: InterruptStackFrame, _error_code: u64) -> ! {
    panic!("double fault");
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    hlt_loop()
}
