#pragma once
// Reading small XML documents (an AI manifest) with tinyxml2: elements, attributes and character
// data, each element with its line. The prolog (<?xml ...?>), a DOCTYPE and comments are skipped;
// CDATA sections are text. As tinyxml2 does, the five predefined entities and character
// references are decoded and any other entity is kept as written.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kzsim {

// The deepest nesting of elements read (tinyxml2's TINYXML2_MAX_ELEMENT_DEPTH counts the
// document and the element past the limit); deeper documents are refused, which also bounds the
// recursion of reading and freeing the tree.
inline constexpr int kXmlDepthLimit = 98;

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
