// Kernel handlers as a Rust kernel writes them (feature abi_x86_interrupt), compiled as a no_std library.
#![no_std]
#![feature(abi_x86_interrupt)]

#[repr(C)]
pub struct InterruptStackFrame {
    pub instruction_pointer: u64,
    pub code_segment: u64,
    pub cpu_flags: u64,
    pub stack_pointer: u64,
    pub stack_segment: u64,
}

static mut TICKS: u64 = 0;

extern "C" {
    fn log_page_fault(address: u64, error_code: u64);
}

#[no_mangle]
pub extern "x86-interrupt" fn timer_tick(_frame: InterruptStackFrame) {
    unsafe { core::ptr::write_volatile(&raw mut TICKS, core::ptr::read_volatile(&raw const TICKS) + 1) };
}

#[no_mangle]
pub extern "x86-interrupt" fn page_fault(_frame: InterruptStackFrame, error_code: u64) {
    let address: u64;
    unsafe {
        core::arch::asm!("mov {}, cr2", out(reg) address);
        log_page_fault(address, error_code);
    }
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}
