#!/usr/bin/env python3
"""Turns data files (YAML tables) into a C++ source that maps each file's name to its text,
so that the kzsim binary carries its catalog and needs no data directory at run time."""
import os
import sys


def main() -> None:
    output, symbol, *inputs = sys.argv[1:]
    lines = ['#include <map>', '#include <string>', '#include <string_view>', '',
             'namespace kzsim::embedded {', '',
             f'const std::map<std::string, std::string_view>& {symbol}() {{',
             '  static const std::map<std::string, std::string_view> files = {']
    for path in sorted(inputs, key=os.path.basename):
        with open(path, encoding='utf-8') as f:
            text = f.read()
        delimiter = 'KZSIM_DATA'
        if f'){delimiter}"' in text:
            sys.exit(f'{path}: contains the raw-string delimiter {delimiter}')
        lines.append(f'    {{"{os.path.basename(path)}", R"{delimiter}({text}){delimiter}"}},')
    lines += ['  };', '  return files;', '}', '', '}  // namespace kzsim::embedded', '']
    with open(output, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines))


if __name__ == '__main__':
    main()
