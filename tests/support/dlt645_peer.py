#!/usr/bin/python3
"""DL/T 645-2007 meter simulator on a serial device, for tests (tests/dlt645/tst_dltpeer.cpp).

Usage:
    socat -d -d pty,raw,echo=0,link=/tmp/a pty,raw,echo=0,link=/tmp/b &
    /usr/bin/python3 tests/support/dlt645_peer.py --serial /tmp/b --address 000012345678 \
        [--address 202411110002 ...] [--seed 7] [--ready-file /tmp/ready] \
        [--garbage-every N] [--drop-every N] [--log-requests /tmp/requests.txt]

One process simulates every meter on one RS-485 bus (one --address per meter, 12 digits as on
the nameplate). Before serving it prints one JSON line per meter on stdout:
    {"address": "000012345678", "values": {"ua": 229.3, ..., "ep": 12345.67}}
with exactly the engineering values the C++ decoder yields (the integer the BCD field holds
divided by 10^decimals), then creates --ready-file (if given) once the port is open.

It answers, as DL/T 645-2007 meters do (frame: 68 A0..A5 68 C L DATA+33H CS 16):
  - 0x11 read data for the DIs of resources/devices/dlt645-2007-generic.json (and the phase
    active powers 02030100..02030300): reply 0x91 with DI + BCD value, lowest byte first;
  - 0x11 for any other DI: abnormal reply 0xD1 with error byte 0x02 (no data requested);
  - 0x13 read address, sent to AAAAAAAAAAAA, only when a single meter is configured (several
    meters would all answer and collide): reply 0x93 with the six address bytes;
  - frames for other addresses, and anything else, get no reply.
Replies start with four 0xFE wake-up bytes like real meters send. --garbage-every N puts line
noise (a false 0x68 start and random bytes) before every Nth reply; --drop-every N leaves every
Nth addressed request unanswered; --log-requests appends every received frame as hex, one a
line. Stops on SIGTERM or SIGINT.
"""

import argparse
import json
import random
import signal
import sys
import time

import serial

# Appendix A formats: DI -> (key, bytes, decimals, signed).
FORMATS = {
    0x02010100: ("ua", 2, 1, False),   # A.3 A相电压 XXX.X V
    0x02010200: ("ub", 2, 1, False),
    0x02010300: ("uc", 2, 1, False),
    0x02020100: ("ia", 3, 3, True),    # A.3 A相电流 XXX.XXX A, top bit = direction
    0x02020200: ("ib", 3, 3, True),
    0x02020300: ("ic", 3, 3, True),
    0x02030000: ("p", 3, 4, True),     # A.3 瞬时总有功功率 XX.XXXX kW
    0x02030100: ("pa", 3, 4, True),
    0x02030200: ("pb", 3, 4, True),
    0x02030300: ("pc", 3, 4, True),
    0x02060000: ("pf", 2, 3, True),    # A.3 总功率因数 X.XXX
    0x02800002: ("f", 2, 2, False),    # A.3 电网频率 XX.XX Hz
    0x00010000: ("ep_imp", 4, 2, False),  # A.1 正向有功总电能 XXXXXX.XX kWh
    0x00000000: ("ep", 4, 2, True),    # A.1 组合有功总电能, may be negative
}

WILDCARD = bytes([0xAA] * 6)


def address_wire(digits):
    if len(digits) != 12 or not digits.isdigit():
        raise ValueError("address must be 12 decimal digits: %r" % digits)
    return bytes(int(digits[i:i + 2], 16) for i in range(10, -1, -2))


def bcd(raw, nbytes, negative):
    """BCD of the integer `raw`, lowest byte first, sign in the top bit of the last byte."""
    digits = "%0*d" % (2 * nbytes, raw)
    out = bytearray(int(digits[i:i + 2], 16) for i in range(2 * nbytes - 2, -1, -2))
    if negative:
        out[-1] |= 0x80
    return bytes(out)


def make_meter(rng):
    """Plausible readings of a loaded fan motor's meter, as raw integers per DI."""
    ints = {}
    u = [rng.randint(2180, 2360) for _ in range(3)]        # 0.1 V
    i = [rng.randint(5000, 60000) for _ in range(3)]       # 0.001 A
    i[2] = -i[2]  # phase C CT wired backwards: a signed reading the decoder must get right
    pf = rng.randint(800, 990)                             # 0.001
    phase_p = [round(u[k] / 10 * abs(i[k]) / 1000 * pf / 1000 / 1000 * 10000) for k in range(3)]
    phase_p[2] = -phase_p[2]
    ints.update({"ua": u[0], "ub": u[1], "uc": u[2], "ia": i[0], "ib": i[1], "ic": i[2]})
    ints.update({"pa": phase_p[0], "pb": phase_p[1], "pc": phase_p[2], "p": sum(phase_p)})
    ints["pf"] = pf
    ints["f"] = rng.randint(4990, 5010)                    # 0.01 Hz
    ints["ep_imp"] = rng.randint(100000, 79000000)         # 0.01 kWh, fits the signed "ep"
    ints["ep"] = ints["ep_imp"] - rng.randint(0, 5000)
    return ints


def checksum(data):
    return sum(data) & 0xFF


def encode(address, control, data):
    body = bytes([0x68]) + address + bytes([0x68, control, len(data)])
    body += bytes((b + 0x33) & 0xFF for b in data)
    return bytes([0xFE] * 4) + body + bytes([checksum(body), 0x16])


def scan(buf):
    """(frame or None, bytes to drop). A frame is (address, control, data minus 0x33)."""
    start = buf.find(b"\x68")
    if start < 0:
        return None, len(buf)
    b = buf[start:]
    if len(b) > 7 and b[7] != 0x68:
        return None, start + 1
    if len(b) < 10:
        return None, start
    n = b[9]
    if n > 200:
        return None, start + 1
    if len(b) < 12 + n:
        return None, start
    if checksum(b[:10 + n]) != b[10 + n] or b[11 + n] != 0x16:
        return None, start + 1
    data = bytes((x - 0x33) & 0xFF for x in b[10:10 + n])
    return (bytes(b[1:7]), b[8], data, bytes(b[:12 + n])), start + 12 + n


class Bus:
    def __init__(self, args):
        rng = random.Random(args.seed)
        self.meters = {}
        for digits in args.address:
            self.meters[address_wire(digits)] = (digits, make_meter(rng))
        self.args = args
        self.noise = random.Random(args.seed + 1)
        self.requests = 0
        self.replies = 0

    def expected(self):
        for wire, (digits, ints) in self.meters.items():
            values = {}
            for key, nbytes, decimals, signed in FORMATS.values():
                values[key] = ints[key] / 10 ** decimals
            yield {"address": digits, "values": values}

    def answer(self, address, control, data):
        if control == 0x13:
            if address != WILDCARD or len(self.meters) != 1 or data:
                return None
            wire = next(iter(self.meters))
            return encode(wire, 0x93, wire)
        if control != 0x11:
            return None
        if address == WILDCARD and len(self.meters) == 1:
            address = next(iter(self.meters))
        if address not in self.meters:
            return None
        if len(data) != 4:
            return encode(address, 0xD1, bytes([0x01]))   # other error
        di = int.from_bytes(data, "little")
        fmt = FORMATS.get(di)
        if fmt is None:
            return encode(address, 0xD1, bytes([0x02]))   # no data requested
        key, nbytes, decimals, signed = fmt
        raw = self.meters[address][1][key]
        return encode(address, 0x91, data + bcd(abs(raw), nbytes, signed and raw < 0))

    def garbage(self):
        # A false start 0x68 whose "second 0x68" position never holds 0x68, then noise.
        noise = bytes(self.noise.choice([b for b in range(256) if b != 0x68])
                      for _ in range(self.noise.randint(3, 6)))
        return b"\x68" + noise


def main():
    parser = argparse.ArgumentParser(description="DL/T 645-2007 meter simulator")
    parser.add_argument("--serial", required=True)
    parser.add_argument("--address", action="append", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--ready-file")
    parser.add_argument("--garbage-every", type=int, default=0)
    parser.add_argument("--drop-every", type=int, default=0)
    parser.add_argument("--log-requests")
    args = parser.parse_args()

    bus = Bus(args)
    for line in bus.expected():
        print(json.dumps(line, ensure_ascii=False), flush=True)

    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
    signal.signal(signal.SIGINT, lambda *_: stop.append(1))
    port = serial.Serial(args.serial, baudrate=2400, bytesize=8, parity=serial.PARITY_EVEN,
                         stopbits=1, timeout=0.05)
    if args.ready_file:
        with open(args.ready_file, "w") as f:
            f.write("ready\n")
    log = open(args.log_requests, "a") if args.log_requests else None
    buf = bytearray()
    while not stop:
        try:
            chunk = port.read(256)
        except serial.SerialException:
            break   # the other end of the pty went away
        if not chunk:
            continue
        buf += chunk
        while True:
            frame, drop = scan(buf)
            del buf[:drop]
            if frame is None:
                if drop == 0 or not buf:
                    break
                continue
            address, control, data, raw = frame
            if log:
                log.write(raw.hex().upper() + "\n")
                log.flush()
            reply = bus.answer(address, control, data)
            if reply is None:
                continue
            bus.requests += 1
            if args.drop_every and bus.requests % args.drop_every == 0:
                continue
            bus.replies += 1
            if args.garbage_every and bus.replies % args.garbage_every == 0:
                reply = bus.garbage() + reply
            time.sleep(0.005)   # meters answer after a short turnaround
            port.write(reply)
            port.flush()
    port.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
