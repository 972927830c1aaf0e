// A Rust kernel's handlers, built as Rust kernels are: soft-float, no red zone. Compiled by generate.sh.
#![no_std]
#![feature(abi_x86_interrupt)]

#[repr(C)]
pub struct Frame { ip: u64, cs: u64, flags: u64, sp: u64, ss: u64 }

extern "C" {
    fn send_eoi(vector: u8);
    fn halt_forever() -> !;
}

static mut TICKS: u64 = 0;

#[inline(never)]
#[no_mangle]
pub extern "C" fn record_tick() { unsafe { TICKS += 1; } }

#[no_mangle]
pub extern "x86-interrupt" fn timer(_frame: Frame) {
    record_tick();
    unsafe { send_eoi(32) }
}

#[no_mangle]
pub extern "x86-interrupt" fn double_fault(_frame: Frame, _code: u64) {
    unsafe { halt_forever() }
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! { loop {} }
