"""kzsim shims: the simulated Solaris host as the Python programs started through the
BINDIR/python3 wrapper see it (an Ansible module run with ansible_python_interpreter pointing
there).

Two things a Python program asks the real Linux kernel and file system, not PATH, are answered
for the simulated host instead:
- os.uname() (and with it platform.system(), platform.release(): Ansible's ansible_system,
  community.general.solaris_zone's "This module requires Solaris") gives what the world's
  `uname -snrvm` prints;
- a program started by the absolute path of a Solaris system directory (/usr/sbin/virtinfo -p,
  /usr/bin/zonename) whose name has a wrapper in BINDIR runs that wrapper, as the simulated
  host's /usr/sbin holds those commands.
Nothing else changes: files, other programs and the real host's own commands stay as they are.
"""
import os
import subprocess

_BIN = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_SYSTEM_DIRECTORIES = ('/usr/sbin/', '/usr/bin/', '/sbin/', '/bin/')
_real_uname = os.uname
_uname = None


def _simulated_uname():
    global _uname
    if _uname is None:
        words = subprocess.run([os.path.join(_BIN, 'uname'), '-s', '-n', '-r', '-v', '-m'],
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, check=True,
                               universal_newlines=True).stdout.split()
        _uname = os.uname_result(words[:5])
    return _uname


def _wrapper_for(program):
    text = os.fsdecode(program)
    for directory in _SYSTEM_DIRECTORIES:
        name = text[len(directory):]
        if text.startswith(directory) and '/' not in name and name not in ('sh', 'bash'):
            candidate = os.path.join(_BIN, name)
            if os.access(candidate, os.X_OK):
                return candidate
    return program


_popen_init = subprocess.Popen.__init__


def _popen_init_mapped(self, args, *more, **options):
    if isinstance(args, (list, tuple)) and args:
        args = [_wrapper_for(args[0])] + list(args[1:])
    elif isinstance(args, (str, bytes)) and not options.get('shell'):
        args = _wrapper_for(args)
    _popen_init(self, args, *more, **options)


os.uname = _simulated_uname
subprocess.Popen.__init__ = _popen_init_mapped
