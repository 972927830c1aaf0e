# The start of both harnesses, in 32-bit code before anything else: an executable under test gets its
# sections copied where it was linked (oracle/Executable.java writes the table: destination, source or 0
# for zero-filled, length; a 0 destination ends it). HarnessSource puts this text in each harness.
        movl $executable_sections, %ebx
61:     movl (%ebx), %edi
        testl %edi, %edi
        jz 64f
        movl 4(%ebx), %esi
        movl 8(%ebx), %ecx
        cld
        testl %esi, %esi
        jz 62f
        rep movsb
        jmp 63f
62:     xorl %eax, %eax
        rep stosb
63:     addl $12, %ebx
        jmp 61b
64:
