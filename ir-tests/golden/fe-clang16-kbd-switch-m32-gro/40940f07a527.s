kbd_decode:
pushl %ebp
movl %esp, %ebp
pushl %edx
pushl %ecx
pushl %eax
andl $-16, %esp
subl $16, %esp
cld
#APP
inb $96, %al
#NO_APP
movzbl %al, %eax
leal -29(%eax), %ecx
cmpl $41, %ecx
ja .L1
jmpl *.L2(,%ecx,4)
.L3:
movl $1, ctrl_down
jmp .L4
.L1:
cmpl $157, %eax
jne .L5
movl $0, ctrl_down
jmp .L4
.L5:
movl key_hook, %ecx
testl %ecx, %ecx
je .L6
movl %eax, (%esp)
calll *%ecx
jmp .L4
.L7:
incl shift_depth
jmp .L4
.L8:
addl $2, shift_depth
jmp .L4
.L9:
movl $1, alt_down
jmp .L4
.L10:
xorl %eax, %eax
cmpl $0, caps_on
sete %al
movl %eax, caps_on
movb $-19, %al
#APP
outb %al, $96
#NO_APP
jmp .L4
.L11:
xorb $1, num_on
movb $-19, %al
#APP
outb %al, $96
#NO_APP
jmp .L4
.L12:
xorl %eax, %eax
cmpl $0, scroll_on
sete %al
leal (%eax,%eax,2), %eax
movl %eax, scroll_on
jmp .L4
.L6:
incl dropped_keys
.L4:
movb $32, %al
#APP
outb %al, $32
#NO_APP
leal -12(%ebp), %esp
popl %eax
popl %ecx
popl %edx
popl %ebp
iretl
.L2:
.long .L3
.long .L5
.long .L5
.long .L5
.long .L5
.long .L5
.long .L5
.long .L5
.long .L5
.long .L5
.long .L5
.long .L5
.long .L5
.long .L7
.long .L5
.long .L5
.long .L5
.long .L5
.long .L5
.long .L5
.long .L5
.long .L5
.long .L5
.long .L5
.long .L5
.long .L8
.long .L5
.long .L9
.long .L5
.long .L10
.long .L5
.long .L5
.long .L5
.long .L5
.long .L5
.long .L5
.long .L5
.long .L5
.long .L5
.long .L5
.long .L11
.long .L12
ctrl_down:
.long 0
shift_depth:
.long 0
alt_down:
.long 0
caps_on:
.long 0
num_on:
.long 0
scroll_on:
.long 0
key_hook:
.long 0
dropped_keys:
.long 0
