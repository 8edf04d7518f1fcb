#!/usr/bin/env python3
"""Turns a raw guest image (objcopy -O binary) into a C++ source with a function returning its
bytes, so that the library carries the guest kernels it boots."""
import sys


def main() -> None:
    output, symbol, image = sys.argv[1:]
    with open(image, 'rb') as f:
        data = f.read()
    rows = [', '.join(str(b) for b in data[i:i + 24]) for i in range(0, len(data), 24)]
    body = ',\n    '.join(rows)
    text = f'''#include <cstdint>
#include <span>

namespace kzsim::embedded {{

std::span<const std::uint8_t> {symbol}() {{
  static constexpr std::uint8_t bytes[] = {{
    {body}}};
  return bytes;
}}

}}  // namespace kzsim::embedded
'''
    with open(output, 'w', encoding='utf-8') as f:
        f.write(text)


if __name__ == '__main__':
    main()
