#!/usr/bin/env python3
"""kzsim shell on a pseudo-terminal (python3's pty): the banner names the hosts and how to get
help and leave; Ctrl-C drops the line being typed, stops a command that is running (here one
reading its input: cat, and zonecfg at its own prompt) and gives the prompt back, never ending the
shell; `ssh HOST` opens a session on the other host, Ctrl-C there returns to that host's prompt,
exit returns to the first; Ctrl-D ends the shell with status 0.
Usage: kzsim_shell_interrupt_test.py KZSIM SCENARIO (a scenario with hosts global1 and global2,
global1 trusted by global2 for ssh)"""
import os
import pty
import select
import sys
import time

TIMEOUT = 60


class Terminal:
    def __init__(self, argv):
        env = dict(os.environ, TERM='xterm', KZSIM_HISTORY='off', NO_COLOR='1')
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execvpe(argv[0], argv, env)
        self.seen = b''

    def expect(self, text, what):
        """Reads until `text` has appeared since the last expect; fails naming `what`."""
        wanted = text.encode()
        deadline = time.monotonic() + TIMEOUT
        while wanted not in self.seen:
            left = deadline - time.monotonic()
            ready = select.select([self.fd], [], [], max(left, 0))[0] if left > 0 else []
            if not ready:
                sys.exit(f'FAIL: {what}: no {text!r} after {TIMEOUT} s; the terminal shows:\n'
                         f'{self.seen.decode(errors="replace")}')
            try:
                chunk = os.read(self.fd, 4096)
            except OSError:
                chunk = b''
            if not chunk:
                sys.exit(f'FAIL: {what}: the shell ended before {text!r}; the terminal shows:\n'
                         f'{self.seen.decode(errors="replace")}')
            self.seen += chunk
        before, self.seen = self.seen.split(wanted, 1)
        return before.decode(errors='replace')

    def type(self, keys):
        os.write(self.fd, keys.encode())
        time.sleep(0.2)  # as a person types: the line editor sees each key press apart

    def status(self):
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            try:
                os.read(self.fd, 4096)
            except OSError:
                pass
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            time.sleep(0.1)
        sys.exit('FAIL: the shell did not end after Ctrl-D')


def main():
    kzsim, scenario = sys.argv[1], sys.argv[2]
    shell = Terminal([kzsim, 'shell', scenario])
    banner = shell.expect('global1$ ', 'the first prompt')
    for needed in ('global1', 'global2', 'help', 'exit', 'Ctrl-D', 'Ctrl-C', 'ssh HOST'):
        if needed not in banner:
            sys.exit(f'FAIL: the banner does not say {needed!r}:\n{banner}')

    shell.type('zoneadm lis')
    shell.type('\x03')
    shell.expect('global1$ ', 'the prompt after Ctrl-C at the prompt')
    shell.type('uname -n\r')
    if 'global1' not in shell.expect('global1$ ', 'a command after Ctrl-C'):
        sys.exit('FAIL: uname -n after Ctrl-C at the prompt')

    shell.type('cat\r')
    shell.type('\x03')
    shell.expect('global1$ ', 'the prompt after Ctrl-C during cat')
    shell.type('zonecfg -z kz9\r')
    shell.expect('zonecfg:kz9> ', "zonecfg's prompt")
    shell.type('\x03')
    shell.expect('global1$ ', 'the prompt after Ctrl-C at zonecfg\'s prompt')
    shell.type('echo still here\r')
    shell.expect('still here', 'the same shell after Ctrl-C during commands')

    shell.type('ssh global2\r')
    shell.expect('global2$ ', 'the prompt of ssh global2')
    shell.type('uname -n\r')
    if 'global2' not in shell.expect('global2$ ', 'a command in the ssh session'):
        sys.exit('FAIL: uname -n in the ssh session')
    shell.type('cat\r')
    shell.type('\x03')
    shell.expect('global2$ ', 'the ssh session\'s prompt after Ctrl-C')
    shell.type('exit\r')
    shell.expect('Connection to global2 closed.', 'the end of the ssh session')
    shell.expect('global1$ ', 'the first host\'s prompt after the ssh session')

    shell.type('\x04')
    status = shell.status()
    if status != 0:
        sys.exit(f'FAIL: Ctrl-D: exit status {status}')


main()
