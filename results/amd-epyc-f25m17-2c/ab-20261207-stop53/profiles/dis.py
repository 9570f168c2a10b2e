import re,sys,subprocess
# usage: dis.py asm.txt startline  -> disassemble the MachCode of the nmethod starting at that line
lines=open(sys.argv[1]).read().split('\n')[int(sys.argv[2])-1:]
out=bytearray(); base=None; started=False
for l in lines[1:]:
    if 'C2-compiled nmethod' in l or 'Compiled method (c' in l and started: break
    if '[Stub Code]' in l or '[Exception Handler]' in l: break
    m=re.match(r'\s+0x([0-9a-f]+): ((?:[0-9a-f]{4} ?\|? ?)+)\s*$', l)
    if m and not l.strip().endswith('}'):
        addr=int(m.group(1),16)
        hx=re.sub(r'[^0-9a-f]','',m.group(2))
        if base is None: base=addr
        if addr!=base+len(out): 
            # gap
            out.extend(b'\x90'*(addr-base-len(out)))
        out.extend(bytes.fromhex(hx)); started=True
open('/tmp/code.bin','wb').write(out)
print(hex(base), len(out), file=sys.stderr)
r=subprocess.run(['objdump','-D','-b','binary','-mi386:x86-64','-Mintel','--adjust-vma='+hex(base),'/tmp/code.bin'],capture_output=True,text=True)
print(r.stdout)
