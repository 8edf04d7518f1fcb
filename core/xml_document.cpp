#include "core/xml_document.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>

#include "core/error.hpp"

namespace kzsim {

namespace {

constexpr std::array<std::pair<std::string_view, char>, 5> kEntities{
    {{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}}};

bool name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' || c == ':';
}

class Reader {
 public:
  Reader(std::string_view text, std::string_view file) : text_(text), file_(file) {}

  XmlElement document() {
    skip_misc();
    if (done() || peek() != '<') refuse("a root element");
    XmlElement root = element();
    skip_misc();
    if (!done()) refuse("nothing after the root element's end tag");
    return root;
  }

 private:
  [[noreturn]] void refuse(std::string_view expected) const {
    throw InputError(fmt::format("expected {}", expected), SourceLocation{std::string(file_), line(), 0});
  }

  bool done() const { return at_ >= text_.size(); }
  char peek() const { return text_[at_]; }
  bool starts(std::string_view prefix) const { return text_.substr(at_).starts_with(prefix); }
  int line() const { return 1 + static_cast<int>(std::count(text_.begin(), text_.begin() + static_cast<long>(at_), '\n')); }

  void skip_space() {
    while (!done() && std::isspace(static_cast<unsigned char>(peek()))) ++at_;
  }

  void skip_past(std::string_view end, std::string_view expected) {
    const auto found = text_.find(end, at_);
    if (found == std::string_view::npos) refuse(expected);
    at_ = found + end.size();
  }

  // Whitespace, the prolog, a DOCTYPE and comments, outside the root element.
  void skip_misc() {
    for (skip_space(); !done(); skip_space()) {
      if (starts("<?")) skip_past("?>", "'?>' closing the processing instruction");
      else if (starts("<!--")) skip_past("-->", "'-->' closing the comment");
      else if (starts("<!DOCTYPE")) skip_past(">", "'>' closing the DOCTYPE");
      else return;
    }
  }

  std::string name() {
    const std::size_t begin = at_;
    while (!done() && name_char(peek())) ++at_;
    if (at_ == begin) refuse("a name");
    return std::string(text_.substr(begin, at_ - begin));
  }

  void expect(char c) {
    if (done() || peek() != c) refuse(fmt::format("'{}'", c));
    ++at_;
  }

  // Character data up to `stop`, with entities decoded.
  std::string characters(char stop) {
    std::string out;
    while (!done() && peek() != stop) {
      if (peek() != '&') {
        out += text_[at_++];
        continue;
      }
      const auto semicolon = text_.find(';', at_);
      const std::string_view entity =
          semicolon == std::string_view::npos ? std::string_view() : text_.substr(at_ + 1, semicolon - at_ - 1);
      const auto known = std::find_if(kEntities.begin(), kEntities.end(), [&](const auto& e) { return e.first == entity; });
      if (known == kEntities.end()) refuse("&amp;, &lt;, &gt;, &quot; or &apos;");
      out += known->second;
      at_ = semicolon + 1;
    }
    return out;
  }

  void attributes(XmlElement& element) {
    for (skip_space(); !done() && peek() != '>' && peek() != '/'; skip_space()) {
      std::string key = name();
      skip_space();
      expect('=');
      skip_space();
      if (done() || (peek() != '"' && peek() != '\'')) refuse(fmt::format("a quoted value for attribute '{}'", key));
      const char quote = text_[at_++];
      std::string value = characters(quote);
      expect(quote);
      if (element.attribute(key)) refuse(fmt::format("attribute '{}' once in <{}>", key, element.name));
      element.attributes.emplace_back(std::move(key), std::move(value));
    }
  }

  XmlElement element() {
    XmlElement out;
    out.line = line();
    expect('<');
    out.name = name();
    attributes(out);
    if (starts("/>")) {
      at_ += 2;
      return out;
    }
    expect('>');
    while (true) {
      out.text += characters('<');
      if (done()) refuse(fmt::format("</{}> closing <{}> of line {}", out.name, out.name, out.line));
      if (starts("<!--")) skip_past("-->", "'-->' closing the comment");
      else if (starts("<![CDATA[") || starts("<?") || starts("<!")) refuse("an element, a comment or text (CDATA and declarations are not read)");
      else if (starts("</")) break;
      else out.children.push_back(element());
    }
    at_ += 2;
    if (name() != out.name) refuse(fmt::format("</{}> closing <{}> of line {}", out.name, out.name, out.line));
    skip_space();
    expect('>');
    return out;
  }

  std::string_view text_;
  std::string_view file_;
  std::size_t at_ = 0;
};

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

XmlElement parse_xml(std::string_view text, std::string_view file) { return Reader(text, file).document(); }

}  // namespace kzsim
