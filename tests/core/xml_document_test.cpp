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
  <name>a &amp; b</name>
</auto_install>
)";

TEST(XmlDocument, ReadsElementsAttributesTextAndLines) {
  const XmlElement root = parse_xml(kManifest, "/tmp/ai.xml");
  EXPECT_EQ(root.name, "auto_install");
  ASSERT_EQ(root.children.size(), 2u);
  EXPECT_EQ(root.children[0].attribute("in_zpool"), "tank");
  EXPECT_EQ(root.children[0].attribute("whole_disk"), "true");
  EXPECT_EQ(root.children[0].attribute("absent"), std::nullopt);
  EXPECT_EQ(root.children[0].line, 5);
  EXPECT_EQ(root.children[1].text, "a & b");
  const auto names = root.descendants("disk_name");
  ASSERT_EQ(names.size(), 1u);
  EXPECT_EQ(names[0]->attribute("name"), "c1d1");
  EXPECT_EQ(names[0]->line, 6);
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
  EXPECT_EQ(refusal("<a>\n<b>\n</a>"), "/tmp/ai.xml:3: expected </b> closing <b> of line 2");
  EXPECT_EQ(refusal("<a>\n<b x=1/></a>"), "/tmp/ai.xml:2: expected a quoted value for attribute 'x'");
  EXPECT_EQ(refusal("<a>&nbsp;</a>"), "/tmp/ai.xml:1: expected &amp;, &lt;, &gt;, &quot; or &apos;");
  EXPECT_EQ(refusal("<a/>\n<b/>"), "/tmp/ai.xml:2: expected nothing after the root element's end tag");
  EXPECT_EQ(refusal("\n\n"), "/tmp/ai.xml:3: expected a root element");
  EXPECT_EQ(refusal("<a x='1' x='2'/>"), "/tmp/ai.xml:1: expected attribute 'x' once in <a>");
  EXPECT_EQ(refusal("<a>\n<b>"), "/tmp/ai.xml:2: expected </b> closing <b> of line 2");
}

}  // namespace
}  // namespace kzsim
