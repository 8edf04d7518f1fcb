#!/usr/bin/env python3
"""Runs `kzsim trace` as a person would, on an x86 and a SPARC model: the shape of its output,
cycles that add up per block and in total, the same bytes twice, and refusals of bad options."""
import re
import subprocess
import sys

BLOCK = re.compile(r'block 0x[0-9a-f]+, [0-9]+ bytes$')
INSTRUCTION = re.compile(r'  0x[0-9a-f]+  \S.* (alu|load|store|branch|mul|div|fp|crypto) +([0-9]+\.[0-9]{2})$')
TOTAL = re.compile(r'  = ([0-9]+) instructions, ([0-9]+\.[0-9]{2}) cycles$')
SUMMARY = re.compile(r'traced ([0-9]+) instructions in ([0-9]+) blocks, ([0-9]+\.[0-9]{2}) cycles '
                     r'\(timing model: ([0-9]+\.[0-9]{2})\); stopped: (.+)$')


def run(*args):
    done = subprocess.run([sys.argv[1], 'trace', *args], capture_output=True, text=True, timeout=60)
    return done.returncode, done.stdout, done.stderr


def check(condition, what):
    if not condition:
        sys.exit(f'trace: {what}')


def check_trace(out, at_least, what):
    lines = out.splitlines()
    summary = SUMMARY.match(lines[-1])
    check(summary, f'{what}: last line is not the summary: {lines[-1]!r}')
    blocks = instructions = 0
    cycles = 0.0
    in_block, block_cycles = None, 0.0
    classes = set()
    for line in lines[:-1]:
        if BLOCK.match(line):
            check(in_block is None, f'{what}: block without a total before {line!r}')
            in_block, block_cycles = 0, 0.0
            blocks += 1
        elif (m := INSTRUCTION.match(line)):
            check(in_block is not None, f'{what}: instruction outside a block: {line!r}')
            in_block += 1
            block_cycles += float(m.group(2))
            classes.add(m.group(1))
        elif (m := TOTAL.match(line)):
            check(in_block is not None and int(m.group(1)) == in_block,
                  f'{what}: {line!r} does not count its {in_block} instruction lines')
            check(abs(float(m.group(2)) - block_cycles) <= 0.005 * (in_block + 1),
                  f'{what}: {line!r} is not the sum {block_cycles:.2f} of its instructions')
            instructions += in_block
            cycles += float(m.group(2))
            in_block = None
        else:
            check(False, f'{what}: unexpected line {line!r}')
    traced, traced_blocks, traced_cycles, model_cycles = (int(summary.group(1)), int(summary.group(2)),
                                                          float(summary.group(3)), float(summary.group(4)))
    check(traced == instructions >= at_least and traced_blocks == blocks,
          f'{what}: summary says {traced} instructions in {traced_blocks} blocks, the lines {instructions} in {blocks}')
    check(abs(traced_cycles - cycles) <= 0.005 * (blocks + 1) and abs(traced_cycles - model_cycles) <= 0.01,
          f'{what}: cycles {traced_cycles} in the summary, {cycles:.2f} in the blocks, {model_cycles} in the model')
    check({'alu', 'load', 'store', 'branch'} <= classes, f'{what}: classes seen: {sorted(classes)}')


def main():
    for model in ('intel-skylake', 'sparc-t5'):
        # The end of the buffer's fill (stores) and the start of the scan (loads).
        args = ('--model', model, '--workload', 'scan', '--buffer', '4K', '--iterations', '10',
                '--skip', '2000', '--instructions', '3000')
        status, out, err = run(*args)
        check(status == 0 and err == '', f'{model}: exit {status}, stderr {err!r}')
        check_trace(out, 3000, model)
        check(run(*args)[1] == out, f'{model}: two runs differ')

    status, out, _ = run('--model', 'sparc-m7', '--instructions', '100000000')
    check(status == 0 and out.endswith('stopped: the guest exited\n'), 'a whole run does not end with the exit')

    status, out, err = run('--model', 'intel-skylak')
    check(status == 2 and out == '' and 'intel-skylake' in err, f'unknown model: exit {status}, stderr {err!r}')
    for bad, named in ((('--workload', 'sort'), '--workload'), (('--instructions', '0'), '--instructions'),
                       (('--buffer', '12X'), '--buffer'), (('--buffer', '100'), '--buffer'), ((), '--model')):
        model = () if bad == () else ('--model', 'intel-skylake')
        status, out, err = run(*model, *bad)
        check(status == 2 and out == '' and named in err, f'{" ".join(bad) or "no model"}: exit {status}, stderr {err!r}')


if __name__ == '__main__':
    main()
