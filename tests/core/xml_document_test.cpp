#include "core/xml_document.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace kzsim {
namespace {

constexpr std::string_view kManifest = R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE auto_install SYSTEM "file:///usr/share/install/ai.dtd.1">
<auto_install>
  <!-- a comment -->
  <disk in_zpool="tank" whole_disk='true'>
    <disk_name name="c1d1"/>
  </disk>
  <name>a &amp; b &#65;<![CDATA[<c>]]></name>
</auto_install>
)";

TEST(XmlDocument, ReadsElementsAttributesTextAndLines) {
  const XmlElement root = parse_xml(kManifest, "/tmp/ai.xml");
  EXPECT_EQ(root.name, "auto_install");
  EXPECT_EQ(root.line, 3);
  ASSERT_EQ(root.children.size(), 2u);
  EXPECT_EQ(root.children[0].attribute("in_zpool"), "tank");
  EXPECT_EQ(root.children[0].attribute("whole_disk"), "true");
  EXPECT_EQ(root.children[0].attribute("absent"), std::nullopt);
  EXPECT_EQ(root.children[0].line, 5);
  EXPECT_EQ(root.children[1].text, "a & b A<c>");
  const auto names = root.descendants("disk_name");
  ASSERT_EQ(names.size(), 1u);
  EXPECT_EQ(names[0]->attribute("name"), "c1d1");
  EXPECT_EQ(names[0]->line, 6);
}

// tinyxml2 keeps an entity it does not know as written (an XML processor would refuse it).
TEST(XmlDocument, KeepsAnUnknownEntityAsWritten) {
  EXPECT_EQ(parse_xml("<a x='&nbsp;'>&nbsp;</a>", "/tmp/ai.xml").text, "&nbsp;");
}

std::string refusal(std::string_view text) {
  try {
    parse_xml(text, "/tmp/ai.xml");
  } catch (const InputError& error) {
    return error.what();
  }
  return "accepted";
}

TEST(XmlDocument, RefusesBadDocumentsWithFileAndLine) {
  EXPECT_EQ(refusal("<a>\n<b>\n</a>"), "/tmp/ai.xml:2: expected </b> closing <b>");
  EXPECT_EQ(refusal("<a>\n<b x=1/></a>"), "/tmp/ai.xml:2: expected attributes written name=\"value\", each name once in <b>");
  EXPECT_EQ(refusal("<a/>\n<b/>"), "/tmp/ai.xml:2: expected nothing after the root element's end tag");
  EXPECT_EQ(refusal("\n\n"), "/tmp/ai.xml:3: expected a root element");
  EXPECT_EQ(refusal("<!-- only -->\n"), "/tmp/ai.xml:2: expected a root element");
  EXPECT_EQ(refusal("<a x='1' x='2'/>"), "/tmp/ai.xml:1: expected attributes written name=\"value\", each name once in <a>");
  EXPECT_EQ(refusal("<a>\n<b>"), "/tmp/ai.xml:2: expected </b> closing <b>");
  EXPECT_EQ(refusal("<a>\n</a>\ntrailing"), "/tmp/ai.xml:3: expected text inside the root element, followed by a tag");
  EXPECT_EQ(refusal("<a>\n<!-- open</a>"), "/tmp/ai.xml:2: expected '-->' closing the comment");
  EXPECT_EQ(refusal("<a><![CDATA[x</a>"), "/tmp/ai.xml:1: expected ']]>' closing the CDATA section");
  EXPECT_EQ(refusal("<a>\n<b/</a>"), "/tmp/ai.xml:2: expected a tag ending in '>' or '/>'");
}

std::string nested(int depth) {
  std::string text;
  for (int i = 0; i < depth; ++i) text += "<a>\n";
  for (int i = 0; i < depth; ++i) text += "</a>";
  return text;
}

int depth_of(const XmlElement& root) {
  int depth = 1;
  for (const XmlElement* element = &root; !element->children.empty(); element = &element->children.front()) ++depth;
  return depth;
}

// The depth limit bounds the recursion of reading (a deeper document once overflowed the stack).
TEST(XmlDocument, ReadsNestingUpToTheLimitAndRefusesDeeper) {
  EXPECT_EQ(depth_of(parse_xml(nested(kXmlDepthLimit), "deep.xml")), kXmlDepthLimit);
  EXPECT_EQ(refusal(nested(kXmlDepthLimit + 1)), "/tmp/ai.xml:99: expected elements nested at most 98 deep");
  EXPECT_EQ(refusal(nested(200'000)), "/tmp/ai.xml:99: expected elements nested at most 98 deep");
}

}  // namespace
}  // namespace kzsim
