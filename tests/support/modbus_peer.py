#!/usr/bin/python3
"""A real Modbus server (pymodbus) that plays one or more meters for integration tests and
benchmarks. Run it with Debian's /usr/bin/python3 (pymodbus 3.0, python3-serial-asyncio).

Usage:
  modbus_peer.py (--tcp PORT | --rtu-tcp PORT | --serial DEV [--baud N] [--parity N|E|O])
                 --device UNIT:TEMPLATE_JSON[:SEED] [--device ...]
                 [--host 127.0.0.1] [--ready-file PATH] [--log-requests PATH]
                 [--delay-ms N] [--drop-every N] [--garbage-every N]

Transports:
  --tcp PORT       Modbus TCP (MBAP header, no CRC). PORT 0 picks a free port.
  --rtu-tcp PORT   RTU frames (unit, PDU, CRC; no MBAP) over a TCP socket, as serial-to-Ethernet
                   gateways in transparent mode send them. PORT 0 picks a free port.
  --serial DEV     RTU on a serial device, e.g. one end of a socat pty pair:
                     socat -d -d pty,raw,echo=0,link=/tmp/peer pty,raw,echo=0,link=/tmp/station
                   then --serial /tmp/peer, and the station opens /tmp/station. Linux ptys
                   refuse parity settings (EINVAL), so on a pty --parity E/O falls back to N
                   with a warning; the station side must open its pty with parity N too.

Devices: each --device gives one unit id (slave address) the registers of one device template
(resources/devices/<id>.json). Values are deterministic from SEED (default: the unit id) and
plausible (about 230 V, 10-50 A, PF 0.80-0.99, 50 Hz, energies of thousands of kWh). Each value
is encoded into its registers per the template's type, byte order, scale and offset (integers
rounded); registers no template value uses read as 0, so reads through gaps work. Where the
template has PT/CT ratio registers they hold a ratio chosen from the seed (e.g. pt=1, ct=40) and
the values are divided by it, as a meter reporting secondary-side values would.

Output on stdout, before listening: one JSON line per --device, in order, with the engineering
values the station's decoder must produce (raw * scale + offset, times the ratio, rounded to
the value's decimals, exactly as vocsync::modbus::decodeValues computes them) and the ratios
that vocsync::modbus::effectiveRatios reads from the registers:
  {"unit": 1, "template": "acrel-adl400", "values": {"ua": 231.4, ...},
   "ratios": {"pt": 1.0, "ct": 40.0}}
Diagnostics go to stderr.

--ready-file PATH  written once the server listens (or the serial port is open): "ready\\n",
                   followed by "port N\\n" when PORT 0 was asked for.

Faults, counted over all requests the server decodes (the first request is number 1):
  --delay-ms N       answer every request N ms late.
  --drop-every N     never answer requests N, 2N, 3N, ...
  --garbage-every N  answer requests N, 2N, ... with a broken frame: odd occurrences get the
                     real reply with its CRC inverted (RTU) or a foreign transaction id (TCP),
                     even occurrences the same number of random bytes. Drop wins over garbage.
  --log-requests PATH  appends one line per request, written when it is answered or dropped:
                       "<request_ns> <unit> <function> <address> <count> <reply_ns> <outcome>"
                     request_ns is when the request frame was complete, reply_ns when the reply
                     was handed to the port (-1 when dropped), both time.monotonic_ns(), the same
                     CLOCK_MONOTONIC as std::chrono::steady_clock, so a test can check that on one
                     bus no request starts before the previous reply was sent. outcome is ok,
                     exception, drop or garbage.

Exit: SIGTERM or SIGINT stop the server with exit code 0; bad arguments exit with 2, a bad
template or port with 1.
"""

import argparse
import asyncio
import json
import logging
import math
import os
import random
import signal
import struct
import sys
import time

from pymodbus.datastore import (ModbusSequentialDataBlock, ModbusServerContext,
                                ModbusSlaveContext)
from pymodbus.exceptions import NoSuchSlaveException
from pymodbus.framer.rtu_framer import ModbusRtuFramer
from pymodbus.framer.socket_framer import ModbusSocketFramer
from pymodbus.pdu import ModbusExceptions
from pymodbus.server.async_io import (ModbusConnectedRequestHandler, ModbusSerialServer,
                                      ModbusSingleRequestHandler, ModbusTcpServer)

LOG = logging.getLogger("modbus_peer")

TYPES = {  # name -> (registers, struct format of the big-endian value)
    "int16": (1, ">h"), "uint16": (1, ">H"), "int32": (2, ">i"), "uint32": (2, ">I"),
    "float32": (2, ">f"), "float64": (4, ">d"),
}
ORDERS = ("ABCD", "CDAB", "BADC", "DCBA")
INT_RANGES = {"int16": (-2**15, 2**15 - 1), "uint16": (0, 2**16 - 1),
              "int32": (-2**31, 2**31 - 1), "uint32": (0, 2**32 - 1)}


class TemplateError(Exception):
    pass


# --------------------------------------------------------------------------------------------
# Register codec: the same arithmetic as modules/protocols/modbus/src/valuecodec.cpp and
# decode.cpp, so that the expected values are bit for bit what the C++ decoder computes.

def c_round(x):
    """std::round: halves away from zero (Python's round() rounds halves to even)."""
    ax = abs(x)
    r = math.floor(ax)
    if ax - r >= 0.5:
        r += 1
    return math.copysign(r, x)


def round_to(value, decimals):
    factor = math.pow(10.0, decimals)
    scaled = value * factor
    if not math.isfinite(scaled):
        return value
    return c_round(scaled) / factor


def _words_of(bits, count, order):
    """Registers as sent for a value whose big-endian bits are `bits` (count registers)."""
    words = [(bits >> (16 * (count - 1 - i))) & 0xFFFF for i in range(count)]
    if order in ("BADC", "DCBA"):
        words = [((w >> 8) | (w << 8)) & 0xFFFF for w in words]
    if order in ("CDAB", "DCBA"):
        words.reverse()
    return words


def _bits_of(words, order):
    words = list(words)
    if order in ("CDAB", "DCBA"):
        words.reverse()
    if order in ("BADC", "DCBA"):
        words = [((w >> 8) | (w << 8)) & 0xFFFF for w in words]
    bits = 0
    for w in words:
        bits = (bits << 16) | w
    return bits


def encode_raw(vtype, order, value):
    count, fmt = TYPES[vtype]
    if vtype in INT_RANGES:
        lo, hi = INT_RANGES[vtype]
        v = 0 if math.isnan(value) else int(min(max(c_round(value), lo), hi))
        packed = struct.pack(fmt, v)
    else:
        packed = struct.pack(fmt, value)
    return _words_of(int.from_bytes(packed, "big"), count, order)


def decode_raw(vtype, order, words):
    count, fmt = TYPES[vtype]
    bits = _bits_of(words, order)
    return float(struct.unpack(fmt, bits.to_bytes(2 * count, "big"))[0])


# --------------------------------------------------------------------------------------------
# Templates (schema: docs/device-templates.md); only what the peer needs is read.

def _address(raw, where):
    if isinstance(raw, int) and not isinstance(raw, bool) and 0 <= raw <= 0xFFFF:
        return raw
    if isinstance(raw, str) and raw[:2].lower() == "0x":
        try:
            value = int(raw[2:], 16)
        except ValueError:
            value = -1
        if 0 <= value <= 0xFFFF:
            return value
    raise TemplateError(f"{where}.address: {raw!r} is not a register address")


def _register(obj, where, defaults):
    vtype = obj.get("type")
    if vtype not in TYPES:
        raise TemplateError(f"{where}.type: unknown data type {vtype!r}")
    order = obj.get("order", defaults.get("order", "ABCD"))
    if order not in ORDERS:
        raise TemplateError(f"{where}.order: unknown byte order {order!r}")
    function = obj.get("function", defaults.get("function", 3))
    if function not in (3, 4):
        raise TemplateError(f"{where}.function: expected 3 or 4")
    return {
        "function": function, "address": _address(obj.get("address"), where), "type": vtype,
        "order": order, "scale": float(obj.get("scale", 1)), "offset": float(obj.get("offset", 0)),
        "decimals": int(obj.get("decimals", 3)), "ratio": obj.get("ratio", "none"),
    }


def load_template(path):
    try:
        with open(path, encoding="utf-8-sig") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        raise TemplateError(f"{path}: {e}") from e
    if doc.get("protocol") != "modbus":
        raise TemplateError(f"{path}: protocol is {doc.get('protocol')!r}, not \"modbus\"")
    defaults = doc.get("defaults", {})
    values = []
    for i, v in enumerate(doc.get("values", [])):
        reg = _register(v, f"{path}: values[{i}]", defaults)
        reg.update(key=v["key"], name=v.get("name", ""), unit=v.get("unit", ""),
                   quantity=v.get("quantity"))
        values.append(reg)
    if not values:
        raise TemplateError(f"{path}: no values")
    ratios = {}
    for kind, obj in doc.get("ratios", {}).items():
        ratios[kind] = _register(obj, f"{path}: ratios.{kind}", defaults)
        ratios[kind]["ratio"] = "none"
    return {"id": doc.get("id", ""), "values": values, "ratios": ratios}


# --------------------------------------------------------------------------------------------
# Device image: plausible engineering values, encoded into registers.

def _target(value, rng):
    """A plausible engineering value for one template value."""
    unit = value["unit"]
    key = value["key"]
    name = value["name"].lower()
    if unit == "V":
        if key in ("uab", "ubc", "uca") or "线电压" in name or "line to line" in name:
            return rng.uniform(380.0, 400.0)
        return rng.uniform(225.0, 235.0)
    if unit == "A":
        return rng.uniform(10.0, 50.0)
    if unit == "kW":
        return rng.uniform(10.0, 30.0) if value["quantity"] == "power_kw" or key == "p" \
            else rng.uniform(3.0, 10.0)
    if unit == "kvar":
        return rng.uniform(1.0, 8.0)
    if unit == "kVA":
        return rng.uniform(5.0, 35.0)
    if unit == "Hz":
        return rng.uniform(49.90, 50.10)
    if unit in ("kWh", "kvarh"):
        return rng.uniform(0.0, 500.0) if "exp" in key else rng.uniform(1000.0, 99999.0)
    if unit == "" and key.startswith("pf"):
        return rng.uniform(0.80, 0.99)
    return rng.uniform(0.0, 100.0)


def _ratio_factor(kind, pt, ct):
    return {"none": 1.0, "pt": pt, "ct": ct, "pt*ct": pt * ct}.get(kind, 1.0)


def _decode(value, words, pt, ct):
    raw = decode_raw(value["type"], value["order"], words)
    result = (raw * value["scale"] + value["offset"]) * _ratio_factor(value["ratio"], pt, ct)
    return round_to(result, value["decimals"])


class DeviceImage:
    """The registers of one unit and the values the station must decode from them."""

    def __init__(self, unit, template, seed):
        self.unit = unit
        self.template = template
        self.holding = {}
        self.inputs = {}
        rng = random.Random(f"{seed}/{template['id']}/ratios")
        chosen = {"pt": rng.choice([1, 1, 2, 10]), "ct": rng.choice([1, 5, 20, 40, 60, 100])}
        # What effectiveRatios() will find: the register's decoded value, or 1 without one.
        effective = {"pt": 1.0, "ct": 1.0}
        for kind, reg in template["ratios"].items():
            words = encode_raw(reg["type"], reg["order"],
                               (chosen[kind] - reg["offset"]) / reg["scale"])
            self._put(reg, words, kind)
            decoded = _decode(reg, words, 1.0, 1.0)
            effective[kind] = decoded if decoded > 0 else 1.0
        self.ratios = effective
        self.expected = {}
        for value in template["values"]:
            vrng = random.Random(f"{seed}/{template['id']}/{value['key']}")
            target = round_to(_target(value, vrng), value["decimals"])
            factor = _ratio_factor(value["ratio"], effective["pt"], effective["ct"])
            raw = (target / factor - value["offset"]) / value["scale"]
            words = encode_raw(value["type"], value["order"], raw)
            self._put(value, words, value["key"])
            self.expected[value["key"]] = _decode(value, words, effective["pt"],
                                                  effective["ct"])

    def _put(self, reg, words, what):
        space = self.holding if reg["function"] == 3 else self.inputs
        for i, w in enumerate(words):
            address = reg["address"] + i
            if address > 0xFFFF:
                raise TemplateError(f"{what}: runs past register 0xFFFF")
            if address in space:
                raise TemplateError(f"{what}: register {address:#06x} (function "
                                    f"{reg['function']}) is already used by {space[address][1]}")
            space[address] = (w, what)

    def context(self):
        blocks = []
        for space in (self.holding, self.inputs):
            words = [0] * 0x10000
            for address, (w, _) in space.items():
                words[address] = w
            blocks.append(ModbusSequentialDataBlock(0, words))
        # zero_mode: request address N reads block index N (pymodbus adds 1 otherwise).
        return ModbusSlaveContext(hr=blocks[0], ir=blocks[1], zero_mode=True)

    def summary(self):
        return {"unit": self.unit, "template": self.template["id"], "values": self.expected,
                "ratios": self.ratios}


# --------------------------------------------------------------------------------------------
# Server with fault injection.

class Faults:
    """Decides each request's fate, answers it and logs it."""

    def __init__(self, args, rtu):
        self.delay_s = max(args.delay_ms, 0) / 1000.0
        self.drop_every = max(args.drop_every, 0)
        self.garbage_every = max(args.garbage_every, 0)
        self.rtu = rtu
        self.requests = 0
        self.garbage_sent = 0
        self.log = open(args.log_requests, "a", encoding="ascii") if args.log_requests else None

    def _write_log(self, t_request, request, t_reply, outcome):
        if not self.log:
            return
        self.log.write(f"{t_request} {request.unit_id} {request.function_code} "
                       f"{getattr(request, 'address', -1)} {getattr(request, 'count', -1)} "
                       f"{t_reply} {outcome}\n")
        self.log.flush()

    def _corrupt(self, packet):
        self.garbage_sent += 1
        if self.garbage_sent % 2 == 0:
            rng = random.Random(f"garbage/{self.requests}")
            return bytes(rng.randrange(256) for _ in packet)
        if self.rtu:  # the real reply with its CRC inverted
            return packet[:-2] + bytes(b ^ 0xFF for b in packet[-2:])
        # TCP: the real reply under another transaction id (a stale or foreign answer)
        return bytes([packet[0] ^ 0xA5, packet[1] ^ 0x5A]) + packet[2:]

    def handle(self, handler, request):
        t_request = time.monotonic_ns()
        self.requests += 1
        n = self.requests
        if self.drop_every and n % self.drop_every == 0:
            self._write_log(t_request, request, -1, "drop")
            return
        try:
            response = request.execute(handler.server.context[request.unit_id])
        except NoSuchSlaveException:
            if self.rtu:  # nobody on the line answers for that address
                self._write_log(t_request, request, -1, "drop")
                return
            response = request.doException(ModbusExceptions.GatewayNoResponse)
        response.transaction_id = request.transaction_id
        response.unit_id = request.unit_id
        packet = handler.framer.buildPacket(response)
        outcome = "exception" if response.function_code & 0x80 else "ok"
        if self.garbage_every and n % self.garbage_every == 0:
            packet = self._corrupt(packet)
            outcome = "garbage"

        def send():
            transport = handler.transport
            if transport is None or transport.is_closing():
                self._write_log(t_request, request, -1, "drop")
                return
            transport.write(packet)
            self._write_log(t_request, request, time.monotonic_ns(), outcome)

        if self.delay_s > 0:
            asyncio.get_running_loop().call_later(self.delay_s, send)
        else:
            send()


class TcpHandler(ModbusConnectedRequestHandler):
    def execute(self, request, *addr):  # pylint: disable=unused-argument
        self.server.faults.handle(self, request)


class SerialHandler(ModbusSingleRequestHandler):
    def execute(self, request, *addr):  # pylint: disable=unused-argument
        self.server.faults.handle(self, request)


def parse_device(text):
    parts = text.split(":")
    if len(parts) < 2 or not parts[0].isdigit():
        raise argparse.ArgumentTypeError(f"{text!r}: expected UNIT:TEMPLATE_JSON[:SEED]")
    unit = int(parts[0])
    if not 1 <= unit <= 247:
        raise argparse.ArgumentTypeError(f"{text!r}: unit must be 1..247")
    seed = unit
    if len(parts) >= 3 and parts[-1].lstrip("-").isdigit():
        seed = int(parts[-1])
        parts = parts[:-1]
    return unit, ":".join(parts[1:]), seed


def parse_args(argv):
    p = argparse.ArgumentParser(description="Modbus peer for VocSync tests (see the module doc).")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--tcp", type=int, metavar="PORT", help="Modbus TCP on PORT")
    where.add_argument("--rtu-tcp", type=int, metavar="PORT", help="RTU frames over TCP on PORT")
    where.add_argument("--serial", metavar="DEV", help="RTU on a serial device or pty")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (TCP)")
    p.add_argument("--baud", type=int, default=9600)
    p.add_argument("--parity", choices=("N", "E", "O"), default="N")
    p.add_argument("--device", type=parse_device, action="append", required=True,
                   metavar="UNIT:TEMPLATE_JSON[:SEED]")
    p.add_argument("--ready-file")
    p.add_argument("--log-requests")
    p.add_argument("--delay-ms", type=int, default=0)
    p.add_argument("--drop-every", type=int, default=0)
    p.add_argument("--garbage-every", type=int, default=0)
    p.add_argument("-v", "--verbose", action="store_true", help="pymodbus debug log on stderr")
    args = p.parse_args(argv)
    units = [d[0] for d in args.device]
    if len(set(units)) != len(units):
        p.error("each --device needs its own unit id")
    return args


def usable_parity(device, parity):
    """`parity`, or N on a pty: Linux ptys refuse PARENB once configured (tcsetattr EINVAL), and
    parity means nothing on a pty anyway."""
    if parity != "N" and os.path.realpath(device).startswith("/dev/pts/"):
        LOG.warning("%s is a pty, which refuses parity %s: using N", device, parity)
        return "N"
    return parity


async def serve(args, context):
    rtu = args.tcp is None
    faults = Faults(args, rtu)
    framer = ModbusRtuFramer if rtu else ModbusSocketFramer
    port = None
    if args.serial:
        parity = usable_parity(args.serial, args.parity)
        server = ModbusSerialServer(context, framer=framer, port=args.serial,
                                    baudrate=args.baud, parity=parity, stopbits=1,
                                    bytesize=8, handler=SerialHandler, auto_reconnect=True,
                                    reconnect_delay=0.5)
        server.faults = faults
        await server.start()  # opens the port; a missing device raises SerialException
        if server.transport is None:
            raise OSError(f"cannot open {args.serial}")
        task = asyncio.create_task(server.serve_forever())
    else:
        port = args.tcp if args.tcp is not None else args.rtu_tcp
        server = ModbusTcpServer(context, framer=framer, address=(args.host, port),
                                 handler=TcpHandler, allow_reuse_address=True)
        server.faults = faults
        task = asyncio.create_task(server.serve_forever())
        done, _ = await asyncio.wait({task, server.serving}, return_when=asyncio.FIRST_COMPLETED)
        if task in done:  # failed to listen
            task.result()
            raise OSError(f"cannot listen on {args.host}:{port}")
        port = server.server.sockets[0].getsockname()[1]
    LOG.info("listening on %s", args.serial or f"{args.host}:{port}")
    if args.ready_file:
        with open(args.ready_file, "w", encoding="ascii") as f:
            f.write("ready\n")
            if port is not None and (args.tcp == 0 or args.rtu_tcp == 0):
                f.write(f"port {port}\n")

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    await server.shutdown()
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass


def main(argv):
    args = parse_args(argv)
    # force: importing pymodbus already called basicConfig (pymodbus/constants.py)
    logging.basicConfig(stream=sys.stderr, format="modbus_peer: %(message)s",
                        level=logging.DEBUG if args.verbose else logging.INFO, force=True)
    if not args.verbose:
        logging.getLogger("pymodbus").setLevel(logging.CRITICAL)
    slaves = {}
    try:
        for unit, path, seed in args.device:
            image = DeviceImage(unit, load_template(path), seed)
            slaves[unit] = image.context()
            print(json.dumps(image.summary(), ensure_ascii=False), flush=True)
    except TemplateError as e:
        print(f"modbus_peer: {e}", file=sys.stderr)
        return 1
    context = ModbusServerContext(slaves=slaves, single=False)
    try:
        asyncio.run(serve(args, context))
    except OSError as e:
        print(f"modbus_peer: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
