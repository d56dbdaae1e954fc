# Marks libLibTorchSharp.so's need of GLIBCXX_3.4.32 (GCC 13's std::ios_base_library_init) weak, so Debian 12's
# libstdc++ (3.4.30) can load it; ios_shim.so supplies that one function.
import struct, sys
path = sys.argv[1]
data = bytearray(open(path, 'rb').read())
shoff, = struct.unpack_from('<Q', data, 0x28)
shentsize, shnum, shstrndx = struct.unpack_from('<HHH', data, 0x3A)
def sh(i):
    return struct.unpack_from('<IIQQQQIIQQ', data, shoff + i * shentsize)
secs = [sh(i) for i in range(shnum)]
for s in secs:
    if s[1] == 0x6ffffffe:  # SHT_GNU_verneed
        off, link = s[4], s[6]
        stroff = secs[link][4]
        def name(o):
            e = data.index(b'\0', stroff + o)
            return data[stroff + o:e].decode()
        n = off
        while True:
            vn_version, vn_cnt, vn_file, vn_aux, vn_next = struct.unpack_from('<HHIII', data, n)
            a = n + vn_aux
            for _ in range(vn_cnt):
                h, flags, other, nm, nxt = struct.unpack_from('<IHHII', data, a)
                if name(nm) == 'GLIBCXX_3.4.32':
                    struct.pack_into('<H', data, a + 4, flags | 2)
                    print('patched', name(vn_file), name(nm))
                a += nxt
            if vn_next == 0: break
            n += vn_next
open(path, 'wb').write(data)
