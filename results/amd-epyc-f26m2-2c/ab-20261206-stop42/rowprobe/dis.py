"""Disassembles one nmethod of a -XX:+PrintAssembly log whose hsdis printed only hex (the Debian libhsdis0-fcml
plugin with JDK 25): its [MachCode] bytes through objdump. Usage: dis.py LOG FIRST_LINE LAST_LINE"""
import sys, re, subprocess
# usage: dis.py FILE START_LINE END_LINE -> disassembles [MachCode] hex lines of one nmethod
lines = open(sys.argv[1]).read().split('\n')[int(sys.argv[2]):int(sys.argv[3])]
start = None; data = bytearray()
for l in lines:
    m = re.match(r'\s+0x([0-9a-f]+): ((?:[0-9a-f]{4} ?\|? ?)+)\s*$', l)
    if not m: continue
    addr = int(m.group(1), 16)
    hx = re.sub(r'[ |]', '', m.group(2))
    if start is None: start = addr
    if addr != start + len(data):
        if addr < start + len(data): continue
        data += b'\0' * (addr - start - len(data))
    data += bytes.fromhex(hx)
open('/tmp/hsdis/code.bin', 'wb').write(data)
out = subprocess.run(['objdump', '-D', '-b', 'binary', '-mi386:x86-64', '-M', 'intel', '--adjust-vma=%#x' % start, '/tmp/hsdis/code.bin'], capture_output=True, text=True).stdout
print(out)
