#!/usr/bin/python3
"""Modbus RTU slaves behind an emulated RS-485 line, for the acquisition benchmarks
(tests/benchmarks/bench_modbus_rtu.cpp, docs/acquisition-benchmarks.md).

A pty moves bytes as fast as the kernel copies them and ignores the baud rate, so a poller on a
pty never meets the limits of a real 9600 bit/s bus. This peer puts the line's timing back: it
sits on one end of a socat pty pair and answers as slaves on a real line would be heard:

  - it notes when the first byte of a request arrives, takes the request to have finished on
    the line `bytes x bits-per-character / baud` later (8N1: 10 bits a character),
  - waits the slave turnaround (--turnaround-ms, default 2 ms) after that,
  - and writes the whole reply at once when its last byte would have arrived on the line, i.e.
    after the reply's own line time. The station sees each reply complete at the moment a real
    line would deliver its last byte, and one request/reply cycle costs exactly its line time
    plus the turnaround plus whatever silence the station keeps between frames.

Usage:
  socat -d -d pty,raw,echo=0,link=/tmp/peer pty,raw,echo=0,link=/tmp/station &
  /usr/bin/python3 tests/support/rtu_line_peer.py --port /tmp/peer --units 1-10 \\
      [--baud 9600] [--data-bits 8] [--parity N] [--stop-bits 1] [--turnaround-ms 2] \\
      [--ready-file PATH] [--stats PATH] [--max-seconds 600]
  and the station opens /tmp/station (9600 8N1).

Frames: requests are recognised by their expected length (8 bytes: unit, function, address,
count or value, CRC, as every read and single write request is) and CRC-checked; a frame with a
bad CRC is dropped with everything received with it (a real slave drops a frame that fails its
CRC and waits for the next silence). Bytes that follow an incomplete frame after more than 3.5
character times of silence start a new frame, and the fragment is counted. Frames for unit ids
not in --units get no answer (another slave's). Bytes arriving while a reply is still due would
collide on a half-duplex line: they are counted as collisions and dropped.

Answers, per unit in --units (e.g. "1-10" or "1,3,5"):
  - function 3 (holding registers): register A of unit U holds (U * 1000 + A) mod 65536;
  - function 4 (input registers): (U * 1000 + A + 500) mod 65536;
  - count 0 or over 125: exception 03; address + count past 0x10000: exception 02;
  - any other function: exception 01.
So a reading decoded as uint16 shows which unit and register it came from.

Statistics: --stats PATH gets one JSON line on SIGUSR1 (a snapshot) and one when the peer
stops (SIGTERM, SIGINT, --max-seconds or the other pty end closing):
  {"event": "snapshot"|"final", "t_ns": <time.monotonic_ns()>, "elapsed_s": ...,
   "bytes_rx": ..., "bytes_tx": ..., "line_busy_s": ..., "requests": ..., "replies": ...,
   "crc_errors": ..., "fragments": ..., "foreign": ..., "collisions": ..., "late_replies": ...,
   "late_ms_mean": ..., "late_ms_max": ...,
   "units": {"1": {"requests": ..., "replies": ..., "exceptions": ...,
                   "bytes_rx": ..., "bytes_tx": ...}, ...}}
bytes_rx counts every byte the station sent, bytes_tx every byte answered; line_busy_s is the
line time of both at the configured framing. late_replies counts replies written more than
1 ms after the moment the emulation scheduled them, late_ms_mean and late_ms_max how late
replies were written on average and at worst: the peer's own scheduling error, which lengthens
every cycle (on a busy machine run it with `chrt -f 10` to keep it small).
A one-line summary goes to stderr at the end. Exit 0 on a signal or --max-seconds, 1 when the
port cannot be opened or the other end went away, 2 on bad arguments.
"""

import argparse
import json
import os
import select
import signal
import sys
import termios
import time
import tty

REQUEST_BYTES = 8
MAX_READ = 125


def crc16(data):
    """Modbus CRC-16 (polynomial 0xA001 reflected, initial 0xFFFF), as sent: low byte first."""
    crc = 0xFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return bytes([crc & 0xFF, crc >> 8])


def register_value(unit, function, address):
    base = unit * 1000 + address + (500 if function == 4 else 0)
    return base % 65536


def parse_units(text):
    units = set()
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        lo, _, hi = part.partition("-")
        try:
            first, last = int(lo), int(hi or lo)
        except ValueError as e:
            raise argparse.ArgumentTypeError(f"{text!r}: expected e.g. 1-10 or 1,3,5") from e
        if not 1 <= first <= last <= 247:
            raise argparse.ArgumentTypeError(f"{text!r}: unit ids are 1..247")
        units.update(range(first, last + 1))
    if not units:
        raise argparse.ArgumentTypeError("no unit id given")
    return sorted(units)


class UnitStats:
    def __init__(self):
        self.requests = 0
        self.replies = 0
        self.exceptions = 0
        self.bytes_rx = 0
        self.bytes_tx = 0

    def as_dict(self):
        return dict(self.__dict__)


class LinePeer:
    """The slaves and the line model. All times are time.monotonic_ns()."""

    def __init__(self, args):
        self.units = {u: UnitStats() for u in args.units}
        bits = 1 + args.data_bits + (0 if args.parity == "N" else 1) + args.stop_bits
        self.char_ns = bits * 1_000_000_000 / args.baud
        self.turnaround_ns = int(args.turnaround_ms * 1_000_000)
        self.silence_ns = 3.5 * self.char_ns
        self.start_ns = time.monotonic_ns()
        self.buf = bytearray()
        self.frame_t0 = 0
        self.last_rx_ns = 0
        self.pending = None  # (send_at_ns, reply bytes, unit)
        self.bytes_rx = 0
        self.bytes_tx = 0
        self.requests = 0
        self.replies = 0
        self.crc_errors = 0
        self.fragments = 0
        self.foreign = 0
        self.collisions = 0
        self.late_replies = 0
        self.late_ns_total = 0
        self.late_ns_max = 0

    # -- frames ---------------------------------------------------------------------------
    def received(self, data, now):
        self.bytes_rx += len(data)
        if self.pending is not None:
            self.collisions += 1
            return
        if self.buf and now - self.last_rx_ns > self.silence_ns:
            self.fragments += 1
            self.buf.clear()
        if not self.buf:
            self.frame_t0 = now
        self.buf += data
        self.last_rx_ns = now
        if len(self.buf) < REQUEST_BYTES:
            return
        frame = bytes(self.buf[:REQUEST_BYTES])
        extra = len(self.buf) > REQUEST_BYTES
        self.buf.clear()
        if crc16(frame[:-2]) != frame[-2:]:
            self.crc_errors += 1
            return
        if extra:  # a second frame with no silence before it cannot be told apart
            self.fragments += 1
        self.request(frame)

    def request(self, frame):
        unit, function = frame[0], frame[1]
        stats = self.units.get(unit)
        if stats is None:
            self.foreign += 1
            return
        self.requests += 1
        stats.requests += 1
        stats.bytes_rx += len(frame)
        address = (frame[2] << 8) | frame[3]
        count = (frame[4] << 8) | frame[5]
        if function not in (3, 4):
            pdu = bytes([unit, function | 0x80, 0x01])
        elif not 1 <= count <= MAX_READ:
            pdu = bytes([unit, function | 0x80, 0x03])
        elif address + count > 0x10000:
            pdu = bytes([unit, function | 0x80, 0x02])
        else:
            words = b"".join(register_value(unit, function, address + i).to_bytes(2, "big")
                             for i in range(count))
            pdu = bytes([unit, function, 2 * count]) + words
        reply = pdu + crc16(pdu)
        if reply[1] & 0x80:
            stats.exceptions += 1
        # The request ends on the line len * char after its first byte; the slave answers a
        # turnaround later and the reply's last byte lands after the reply's own line time.
        request_end = self.frame_t0 + len(frame) * self.char_ns
        send_at = int(request_end + self.turnaround_ns + len(reply) * self.char_ns)
        self.pending = (send_at, reply, unit)

    def send_due(self, fd, now):
        send_at, reply, unit = self.pending
        if now < send_at:
            return send_at - now
        late = now - send_at
        self.late_ns_total += late
        self.late_ns_max = max(self.late_ns_max, late)
        if late > 1_000_000:
            self.late_replies += 1
        view = memoryview(reply)
        while view:
            try:
                n = os.write(fd, view)
            except BlockingIOError:
                select.select([], [fd], [], 0.01)
                continue
            view = view[n:]
        self.pending = None
        self.bytes_tx += len(reply)
        self.replies += 1
        self.units[unit].replies += 1
        self.units[unit].bytes_tx += len(reply)
        return None

    # -- statistics -----------------------------------------------------------------------
    def snapshot(self, event):
        now = time.monotonic_ns()
        return {
            "event": event, "t_ns": now, "elapsed_s": (now - self.start_ns) / 1e9,
            "bytes_rx": self.bytes_rx, "bytes_tx": self.bytes_tx,
            "line_busy_s": (self.bytes_rx + self.bytes_tx) * self.char_ns / 1e9,
            "requests": self.requests, "replies": self.replies, "crc_errors": self.crc_errors,
            "fragments": self.fragments, "foreign": self.foreign,
            "collisions": self.collisions, "late_replies": self.late_replies,
            "late_ms_mean": self.late_ns_total / max(1, self.replies) / 1e6,
            "late_ms_max": self.late_ns_max / 1e6,
            "units": {str(u): s.as_dict() for u, s in sorted(self.units.items())},
        }


def open_port(path, args):
    fd = os.open(path, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
    tty.setraw(fd)
    attrs = termios.tcgetattr(fd)
    speed = getattr(termios, f"B{args.baud}", None)
    if speed is not None:  # meaningless on a pty, right on a real port
        attrs[4] = attrs[5] = speed
        termios.tcsetattr(fd, termios.TCSANOW, attrs)
    return fd


def parse_args(argv):
    p = argparse.ArgumentParser(description="Modbus RTU slaves on an emulated line "
                                            "(see the module doc).")
    p.add_argument("--port", required=True, help="our end of the pty pair")
    p.add_argument("--units", type=parse_units, required=True, help="e.g. 1-10 or 1,3,5")
    p.add_argument("--baud", type=int, default=9600)
    p.add_argument("--data-bits", type=int, choices=(7, 8), default=8)
    p.add_argument("--parity", choices=("N", "E", "O"), default="N")
    p.add_argument("--stop-bits", type=int, choices=(1, 2), default=1)
    p.add_argument("--turnaround-ms", type=float, default=2.0)
    p.add_argument("--ready-file")
    p.add_argument("--stats")
    p.add_argument("--max-seconds", type=float, default=600.0,
                   help="stop by itself after this long (default 600)")
    args = p.parse_args(argv)
    if args.baud <= 0 or args.turnaround_ms < 0 or args.max_seconds <= 0:
        p.error("--baud, --max-seconds must be positive and --turnaround-ms not negative")
    return args


def write_stats(path, record):
    if not path:
        return
    with open(path, "a", encoding="ascii") as f:
        f.write(json.dumps(record) + "\n")


def serve(args, fd, peer):
    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_w, False)
    signal.set_wakeup_fd(wake_w)
    flags = {"stop": False, "snapshot": 0}

    def on_stop(_sig, _frame):
        flags["stop"] = True

    def on_snapshot(_sig, _frame):
        flags["snapshot"] += 1

    signal.signal(signal.SIGTERM, on_stop)
    signal.signal(signal.SIGINT, on_stop)
    signal.signal(signal.SIGUSR1, on_snapshot)
    deadline = peer.start_ns + int(args.max_seconds * 1e9)
    code = 0
    while not flags["stop"]:
        now = time.monotonic_ns()
        if now >= deadline:
            break
        wait_ns = deadline - now
        if peer.pending is not None:
            wait_ns = min(wait_ns, max(0, peer.pending[0] - now))
        ready, _, _ = select.select([fd, wake_r], [], [], wait_ns / 1e9)
        now = time.monotonic_ns()
        if wake_r in ready:
            os.read(wake_r, 512)
        while flags["snapshot"] > 0:
            flags["snapshot"] -= 1
            write_stats(args.stats, peer.snapshot("snapshot"))
        if fd in ready:
            try:
                data = os.read(fd, 4096)
            except BlockingIOError:
                data = None
            except OSError:  # EIO: the other end of the pty pair closed
                print("rtu_line_peer: the other end of the line closed", file=sys.stderr)
                code = 1
                break
            if data:
                peer.received(data, now)
        if peer.pending is not None:
            peer.send_due(fd, time.monotonic_ns())
    return code


def main(argv):
    args = parse_args(argv)
    try:
        fd = open_port(args.port, args)
    except OSError as e:
        print(f"rtu_line_peer: cannot open {args.port}: {e}", file=sys.stderr)
        return 1
    peer = LinePeer(args)
    if args.ready_file:
        with open(args.ready_file, "w", encoding="ascii") as f:
            f.write("ready\n")
    code = serve(args, fd, peer)
    final = peer.snapshot("final")
    write_stats(args.stats, final)
    os.close(fd)
    print(f"rtu_line_peer: {final['elapsed_s']:.1f} s, {final['requests']} requests, "
          f"{final['replies']} replies, rx {final['bytes_rx']} B, tx {final['bytes_tx']} B, "
          f"line busy {final['line_busy_s']:.2f} s, crc errors {final['crc_errors']}, "
          f"fragments {final['fragments']}, collisions {final['collisions']}, "
          f"late replies {final['late_replies']} (mean {final['late_ms_mean']:.2f} ms, "
          f"max {final['late_ms_max']:.2f} ms)", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
