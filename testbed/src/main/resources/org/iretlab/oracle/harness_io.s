# The oracle harnesses' port I/O, the same text in harness32.s and harness64.s, which include it
# where these routines stand in their .text: the 8259 PICs, the PIT's one shot, and strings for the
# report (out_char: the including harness's macro, which appends AL to the report in RAM). They
# touch AL, the flags and, in puts, the string pointer lodsb advances (ESI or RSI, whichever the
# including harness's mode makes it); nothing else.

# Both PICs initialised with vectors 0x20 (IRQ0-7) and 0x28 (IRQ8-15), every IRQ masked.
pic_init:
        movb $0x11, %al
        outb %al, $0x20
        outb %al, $0xA0
        movb $0x20, %al
        outb %al, $0x21
        movb $0x28, %al
        outb %al, $0xA1
        movb $0x04, %al
        outb %al, $0x21
        movb $0x02, %al
        outb %al, $0xA1
        movb $0x01, %al
        outb %al, $0x21
        outb %al, $0xA1
        movb $0xFF, %al
        outb %al, $0x21
        outb %al, $0xA1
        ret

# PIT channel 0, mode 0 (one shot), 16 ticks (13 us: some 3300 guest instructions under QEMU's
# -icount shift=2, where the PIT counts instructions too); IRQ0 unmasked. The error-code handler's
# load is retried after each iret until IRQ0 comes: 1 ms of repeats cost as much as the rest of the
# scenario, and the first fault comes within a few instructions of the arming.
pit_arm:
        movb $0x30, %al
        outb %al, $0x43
        movb $0x10, %al
        outb %al, $0x40
        movb $0x00, %al
        outb %al, $0x40
        movb $0xFE, %al
        outb %al, $0x21
        ret

# --- printing the report ---------------------------------------------------------------------
# The NUL-terminated string at ESI/RSI.
puts:
        lodsb
        testb %al, %al
        jz 1f
        out_char
        jmp puts
1:      ret

put_nl:
        movb $10, %al
        out_char
        ret

put_sp:
        movb $32, %al
        out_char
        ret
