#pragma once
// Text inside XML and HTML documents (the SVG pictures, the bench HTML report).
#include <string>
#include <string_view>

namespace kzsim {

// `text` with &, <, > and " written as entities.
std::string xml_escaped(std::string_view text);

}  // namespace kzsim
