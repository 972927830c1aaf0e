// Interrupt handlers as a Rust kernel writes them (feature abi_x86_interrupt), for iretlab's pass tests.
#![no_std]
#![feature(abi_x86_interrupt)]

#[repr(C)]
pub struct InterruptStackFrame {
    pub instruction_pointer: usize,
    pub code_segment: usize,
    pub cpu_flags: usize,
    pub stack_pointer: usize,
    pub stack_segment: usize,
}

static mut LEVEL: f32 = 0.0;
static mut VALUES: [f32; 4] = [1.0, 2.0, 3.0, 4.0];

extern "C" {
    fn consume(values: *mut f32);
}

#[no_mangle]
pub extern "x86-interrupt" fn sse_call(_frame: InterruptStackFrame) {
    unsafe { consume((&raw mut VALUES).cast()) };
}

#[no_mangle]
pub extern "x86-interrupt" fn float_local(_frame: InterruptStackFrame) {
    unsafe {
        let x = core::ptr::read_volatile(&raw const LEVEL);
        core::ptr::write_volatile(&raw mut LEVEL, x * 1.5 + 0.25);
    }
}

#[no_mangle]
pub extern "x86-interrupt" fn skip_fault(mut frame: InterruptStackFrame, error_code: usize) {
    unsafe {
        let ip = &raw mut frame.instruction_pointer;
        core::ptr::write_volatile(ip, core::ptr::read_volatile(ip) + 6);
        core::ptr::write_volatile(&raw mut LEVEL, error_code as f32);
    }
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}
