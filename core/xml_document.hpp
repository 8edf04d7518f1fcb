#pragma once
// Reading small XML documents (an AI manifest): elements, attributes and character data, each
// element with its line. The prolog (<?xml ...?>), a DOCTYPE and comments are skipped; CDATA and
// entities other than the five predefined ones are refused.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kzsim {

struct XmlElement {
  std::string name;
  std::vector<std::pair<std::string, std::string>> attributes;  // in document order, entities decoded
  std::vector<XmlElement> children;
  std::string text;  // the character data directly inside, entities decoded
  int line = 0;      // where the start tag begins

  std::optional<std::string> attribute(std::string_view attribute_name) const;
  // Every element named `element_name` under this one, in document order (depth first).
  std::vector<const XmlElement*> descendants(std::string_view element_name) const;
};

// The root element of `text`; throws InputError naming `file`, the line and what was expected.
XmlElement parse_xml(std::string_view text, std::string_view file);

}  // namespace kzsim
