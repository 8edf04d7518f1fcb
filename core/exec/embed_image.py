#!/usr/bin/env python3
"""Turns raw binaries (a guest image made by objcopy -O binary, a module's signature) into a C++
source with a function per file returning its bytes, so that the library carries the guest
kernels it boots: embed_image.py OUTPUT SYMBOL FILE [SYMBOL FILE...]."""
import sys


def function(symbol: str, image: str) -> str:
    with open(image, 'rb') as f:
        data = f.read()
    rows = [', '.join(str(b) for b in data[i:i + 24]) for i in range(0, len(data), 24)]
    body = ',\n    '.join(rows)
    return f'''std::span<const std::uint8_t> {symbol}() {{
  static constexpr std::uint8_t bytes[] = {{
    {body}}};
  return bytes;
}}
'''


def main() -> None:
    output, *pairs = sys.argv[1:]
    if not pairs or len(pairs) % 2:
        sys.exit('expected embed_image.py OUTPUT SYMBOL FILE [SYMBOL FILE...]')
    functions = '\n'.join(function(pairs[i], pairs[i + 1]) for i in range(0, len(pairs), 2))
    text = f'''#include <cstdint>
#include <span>

namespace kzsim::embedded {{

{functions}
}}  // namespace kzsim::embedded
'''
    with open(output, 'w', encoding='utf-8') as f:
        f.write(text)


if __name__ == '__main__':
    main()
