#pragma once
// Writes a text as a YAML value that reads back as exactly that text.
#include <string>
#include <string_view>

namespace kzsim::scenario {

// What follows "key: " for a key at column `key_column` (0-based), ending in a newline. Lines of
// a block are indented two spaces more than the key: a literal block scalar (|, |- or |+, with an indentation indicator when the text
// starts with a space), "" for empty text, or a double-quoted scalar when the text holds control
// characters a block scalar cannot.
std::string yaml_text_value(std::string_view text, int key_column);

}  // namespace kzsim::scenario
