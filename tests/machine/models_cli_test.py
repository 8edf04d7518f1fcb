#!/usr/bin/env python3
"""Runs `kzsim models` as a person would: the list, one model, JSON, and an unknown id."""
import json
import subprocess
import sys


def run(*args):
    done = subprocess.run([sys.argv[1], 'models', *args], capture_output=True, text=True,
                          timeout=60)
    return done.returncode, done.stdout, done.stderr


def check(condition, what):
    if not condition:
        sys.exit(f'models-cli: {what}')


def main():
    status, out, _ = run()
    check(status == 0, f'`kzsim models` exited {status}')
    check(out.startswith('ID ') and '\nsparc-t5 ' in out and '\namd-zen4 ' in out,
          '`kzsim models` does not list sparc-t5 and amd-zen4')

    status, out, _ = run('--json')
    ids = [entry['id'] for entry in json.loads(out)]
    check(status == 0 and 'intel-penryn' in ids and len(ids) == len(set(ids)),
          '`kzsim models --json` is not a list of unique ids')

    status, out, _ = run('show', 'sparc-t5')
    check(status == 0 and '\npage sizes:             8K 64K 4M 256M 2G\n' in out,
          '`kzsim models show sparc-t5` does not print its page sizes')

    for args in (['show', 'intel-haswell', '--json'], ['--json', 'show', 'intel-haswell']):
        status, out, _ = run(*args)
        check(status == 0 and json.loads(out)['native_class'] == 'haswell',
              f'`kzsim models {" ".join(args)}` is not the JSON of intel-haswell')

    status, out, err = run('show', 'sparc-t9')
    check(status == 2 and out == '', f'unknown id: exit {status}, expected 2 and no output')
    check("unknown model 'sparc-t9'" in err and 'close matches: sparc-t2' in err,
          f'unknown id: the error does not list close matches: {err!r}')

    status, _, _ = run('show')
    check(status == 2, f'`kzsim models show` without an id exited {status}, expected 2')


if __name__ == '__main__':
    main()
