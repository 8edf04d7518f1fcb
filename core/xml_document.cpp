#include "core/xml_document.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <tinyxml2.h>

#include "core/error.hpp"

namespace kzsim {

namespace {

static_assert(kXmlDepthLimit == TINYXML2_MAX_ELEMENT_DEPTH - 2);

// The element tinyxml2's error names ("...: XMLElement name=b"), or "" when it names none.
std::string named_element(const tinyxml2::XMLDocument& document) {
  const std::string_view message = document.ErrorStr();
  constexpr std::string_view kName = "XMLElement name=";
  const auto at = message.find(kName);
  return at == std::string_view::npos ? std::string() : std::string(message.substr(at + kName.size()));
}

std::string expected(const tinyxml2::XMLDocument& document) {
  const std::string element = named_element(document);
  switch (document.ErrorID()) {
    case tinyxml2::XML_ERROR_MISMATCHED_ELEMENT:
      return element.empty() ? "an end tag for each start tag" : fmt::format("</{}> closing <{}>", element, element);
    case tinyxml2::XML_ERROR_PARSING_ATTRIBUTE:
      return fmt::format("attributes written name=\"value\", each name once{}",
                         element.empty() ? "" : fmt::format(" in <{}>", element));
    case tinyxml2::XML_ERROR_PARSING_ELEMENT: return "a tag ending in '>' or '/>'";
    case tinyxml2::XML_ERROR_PARSING_TEXT: return "text inside the root element, followed by a tag";
    case tinyxml2::XML_ERROR_PARSING_CDATA: return "']]>' closing the CDATA section";
    case tinyxml2::XML_ERROR_PARSING_COMMENT: return "'-->' closing the comment";
    case tinyxml2::XML_ERROR_PARSING_DECLARATION: return "'?>' closing the declaration or processing instruction";
    case tinyxml2::XML_ERROR_PARSING_UNKNOWN: return "'>' closing the <!...> declaration";
    case tinyxml2::XML_ERROR_EMPTY_DOCUMENT: return "a root element";
    case tinyxml2::XML_ELEMENT_DEPTH_EXCEEDED: return fmt::format("elements nested at most {} deep", kXmlDepthLimit);
    default: return fmt::format("a well-formed element, comment or declaration ({})", document.ErrorName());
  }
}

int last_line(std::string_view text) { return 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n')); }

// Depth is bounded by kXmlDepthLimit: tinyxml2 refused anything deeper.
XmlElement converted(const tinyxml2::XMLElement& from) {
  XmlElement out;
  out.name = from.Name();
  out.line = from.GetLineNum();
  for (const tinyxml2::XMLAttribute* attribute = from.FirstAttribute(); attribute != nullptr; attribute = attribute->Next())
    out.attributes.emplace_back(attribute->Name(), attribute->Value());
  for (const tinyxml2::XMLNode* child = from.FirstChild(); child != nullptr; child = child->NextSibling()) {
    if (const tinyxml2::XMLElement* element = child->ToElement()) out.children.push_back(converted(*element));
    else if (const tinyxml2::XMLText* text = child->ToText()) out.text += text->Value();
  }
  return out;
}

void collect(const XmlElement& element, std::string_view name, std::vector<const XmlElement*>& out) {
  for (const XmlElement& child : element.children) {
    if (child.name == name) out.push_back(&child);
    collect(child, name, out);
  }
}

}  // namespace

std::optional<std::string> XmlElement::attribute(std::string_view attribute_name) const {
  for (const auto& [key, value] : attributes)
    if (key == attribute_name) return value;
  return std::nullopt;
}

std::vector<const XmlElement*> XmlElement::descendants(std::string_view element_name) const {
  std::vector<const XmlElement*> out;
  collect(*this, element_name, out);
  return out;
}

XmlElement parse_xml(std::string_view text, std::string_view file) {
  tinyxml2::XMLDocument document;
  if (document.Parse(text.data(), text.size()) != tinyxml2::XML_SUCCESS) {
    const int line = document.ErrorLineNum() > 0 ? document.ErrorLineNum() : last_line(text);
    throw InputError(fmt::format("expected {}", expected(document)), SourceLocation{std::string(file), line, 0});
  }
  const tinyxml2::XMLElement* root = document.RootElement();
  if (root == nullptr)
    throw InputError("expected a root element", SourceLocation{std::string(file), last_line(text), 0});
  if (const tinyxml2::XMLElement* second = root->NextSiblingElement())
    throw InputError("expected nothing after the root element's end tag",
                     SourceLocation{std::string(file), second->GetLineNum(), 0});
  return converted(*root);
}

}  // namespace kzsim
