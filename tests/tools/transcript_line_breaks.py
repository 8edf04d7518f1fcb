#!/usr/bin/env python3
"""No transcript a scenario replay prints carries a line break the guide's rendering put into one
line of output (tests/zones/teaching/guide_line_breaks.yaml, issue #15): replays every folder of
scenarios under the given roots with `kzsim run --show` and searches what the commands printed.
Whether the replays pass is the scenario tests' business; this one reads their output only.
Usage: transcript_line_breaks.py KZSIM BREAKS.yaml ROOT..."""
import os
import re
import subprocess
import sys

import yaml


def patterns(breaks_file):
    with open(breaks_file, encoding='utf-8') as f:
        entries = yaml.safe_load(f)['breaks']
    found = []
    for entry in entries:
        if 'pattern' in entry:
            found.append((entry['guide'], re.compile(entry['pattern'])))
        else:
            found.append((entry['guide'], re.compile(
                re.escape(entry['before']) + r'[ \t]*\n[ \t]*' + re.escape(entry['after']))))
    return found


def scenario_folders(roots):
    """Each folder holding scenario files, in a stable order."""
    folders = []
    for root in roots:
        for path, dirs, files in os.walk(root):
            dirs.sort()
            if any(name.endswith('.yaml') for name in files):
                folders.append(path)
    return folders


def main():
    kzsim, breaks_file, roots = sys.argv[1], sys.argv[2], sys.argv[3:]
    checks = patterns(breaks_file)
    folders = scenario_folders(roots)
    if not folders:
        print('no scenario folders under', roots)
        return 1
    failures = 0
    for folder in folders:
        shown = subprocess.run([kzsim, 'run', '--show', folder], capture_output=True, text=True)
        for guide, pattern in checks:
            for match in pattern.finditer(shown.stdout):
                start = shown.stdout.rfind('\n# ', 0, match.start())
                scenario = shown.stdout[start + 1:shown.stdout.find('\n', start + 1)] if start >= 0 else folder
                print(f'{folder}: {scenario}: the guide\'s line break ({guide}) in:\n'
                      f'  {match.group(0)!r}')
                failures += 1
    print(f'{len(folders)} scenario folders, {len(checks)} known breaks, {failures} found')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
