#!/usr/bin/env python3
"""Loopback services for bench/host/compare-nmap.sh: greeting servers (SSH, FTP, SMTP), a silent port and a
trickling port, each on 127.0.0.1 and the port given. Fixture banners only; nothing here is a real server.
Usage: services.py KIND PORT   (KIND: ssh | ftp | smtp | silent | trickle)"""
import socket
import sys
import threading
import time

BANNERS = {
    "ssh": b"SSH-2.0-OpenSSH_9.6p1\r\n",
    "ftp": b"220 (vsFTPd 3.0.3)\r\n",
    "smtp": b"220 mail.example.test ESMTP Exim 4.96 ready\r\n",
}


def serve(conn, kind):
    with conn:
        try:
            if kind in BANNERS:
                conn.sendall(BANNERS[kind])
                while conn.recv(1024):
                    pass
            elif kind == "trickle":
                while True:
                    conn.sendall(b"x")
                    time.sleep(0.2)
            else:
                while conn.recv(1024):
                    pass
        except OSError:
            pass


def main():
    kind, port = sys.argv[1], int(sys.argv[2])
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", port))
    server.listen(16)
    while True:
        conn, _ = server.accept()
        threading.Thread(target=serve, args=(conn, kind), daemon=True).start()


if __name__ == "__main__":
    main()
