#!/usr/bin/python3
"""A fake GSM modem in PDU mode for tst_gsmmodemchannel, on one end of a socat pty pair.

Usage: fake_modem.py <port> <log file> <control file>

It answers like a real modem (3GPP TS 27.005): echo on until ATE0, "OK" to AT, ATE0 and
AT+CMGF=0, the "\\r\\n> " prompt to AT+CMGS=<len>, then, after the PDU and Ctrl-Z,
"+CMGS: <mr>" (17, 18, ...) and "OK". It checks <len> against the PDU as a modem does
(+CMS ERROR: 304 when they disagree). ESC at the prompt cancels the PDU. Every byte received
is appended to the log file as it arrives, so the test can assert exactly what was sent.

Before each AT+CMGS it reads and deletes the control file; words in it change that one
submission:
  silent       ignore the AT+CMGS line entirely (no prompt): the channel must time out
  cms500       answer the PDU with "+CMS ERROR: 500"
  unsolicited  send "+CMTI" before the prompt and "RING" before the result
It prints "ready" on stdout once the port is open, and exits when the port fails (the pty
peer died) or on SIGTERM.
"""
import os
import sys

import serial

CTRL_Z = 0x1A
ESC = 0x1B


class FakeModem:
    def __init__(self, port, log_path, control_path):
        self.port = serial.Serial(port, 115200, timeout=0.05)
        self.log = open(log_path, "ab", buffering=0)
        self.control_path = control_path
        self.echo = True
        self.pdu_mode = False
        self.buffer = b""
        self.expected_length = 0
        self.control = set()
        self.mr = 17

    def write(self, data):
        self.port.write(data)
        self.port.flush()

    def read_control(self):
        try:
            with open(self.control_path, "r", encoding="utf-8") as f:
                words = set(f.read().split())
            os.remove(self.control_path)
            return words
        except FileNotFoundError:
            return set()

    def command(self, line):
        if line == b"":
            return
        if line in (b"AT", b"AT+CMGF=0"):
            self.write(b"\r\nOK\r\n")
        elif line in (b"ATE0", b"ATE1"):
            self.echo = line == b"ATE1"
            self.write(b"\r\nOK\r\n")
        elif line.startswith(b"AT+CMGS="):
            self.control = self.read_control()
            if "silent" in self.control:
                return
            try:
                self.expected_length = int(line[len(b"AT+CMGS="):])
            except ValueError:
                self.write(b"\r\nERROR\r\n")
                return
            if "unsolicited" in self.control:
                self.write(b'\r\n+CMTI: "SM",3\r\n')
            self.pdu_mode = True
            self.write(b"\r\n> ")
        else:
            self.write(b"\r\nERROR\r\n")

    def pdu(self, text):
        try:
            octets = bytes.fromhex(text.decode("ascii"))
        except ValueError:
            self.write(b"\r\n+CMS ERROR: 304\r\n")
            return
        tpdu_length = len(octets) - 1 - octets[0] if octets else -1
        if tpdu_length != self.expected_length:
            self.write(b"\r\n+CMS ERROR: 304\r\n")
            return
        if "cms500" in self.control:
            self.write(b"\r\n+CMS ERROR: 500\r\n")
            return
        if "unsolicited" in self.control:
            self.write(b"\r\nRING\r\n")
        self.write(b"\r\n+CMGS: %d\r\n\r\nOK\r\n" % self.mr)
        self.mr += 1

    def feed(self, byte):
        if self.pdu_mode:
            if byte == CTRL_Z:
                self.pdu_mode = False
                text, self.buffer = self.buffer, b""
                self.pdu(text)
            elif byte == ESC:
                self.pdu_mode = False
                self.buffer = b""
            else:
                self.buffer += bytes([byte])
            return
        if self.echo:
            self.write(bytes([byte]))
        if byte == 0x0D:
            line, self.buffer = self.buffer.strip(), b""
            self.command(line)
        elif byte == ESC:
            self.buffer = b""
        elif byte != 0x0A:
            self.buffer += bytes([byte])

    def run(self):
        print("ready", flush=True)
        while True:
            try:
                data = self.port.read(256)
            except (serial.SerialException, OSError):
                return 0  # the pty peer died
            if not data:
                continue
            self.log.write(data)
            for byte in data:
                self.feed(byte)


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    return FakeModem(sys.argv[1], sys.argv[2], sys.argv[3]).run()


if __name__ == "__main__":
    sys.exit(main())
