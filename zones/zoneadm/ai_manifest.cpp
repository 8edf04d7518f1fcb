#include "zones/zoneadm/ai_manifest.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/xml_document.hpp"

namespace kzsim::zones {

namespace {

constexpr std::string_view kFileScheme = "file://";

std::string required(const XmlElement& element, std::string_view attribute, std::string_view file) {
  auto value = element.attribute(attribute);
  if (!value || value->empty())
    throw InputError(fmt::format("expected attribute {} in <{}>", attribute, element.name),
                     SourceLocation{std::string(file), element.line, 0});
  return *value;
}

}  // namespace

AiManifest read_ai_manifest(std::string_view text, std::string_view file) {
  const XmlElement root = parse_xml(text, file);
  if (root.name != "auto_install")
    throw InputError(fmt::format("expected <auto_install> as the root element, not <{}>", root.name),
                     SourceLocation{std::string(file), root.line, 0});
  AiManifest manifest;
  for (const XmlElement* disk : root.descendants("disk")) {
    const auto names = disk->descendants("disk_name");
    if (names.size() != 1)
      throw InputError("expected one <disk_name> in <disk>", SourceLocation{std::string(file), disk->line, 0});
    manifest.disks.push_back({required(*names[0], "name", file), disk->attribute("in_zpool").value_or(""), names[0]->line});
  }
  for (const XmlElement* publisher : root.descendants("publisher")) {
    const auto origins = publisher->descendants("origin");
    manifest.publishers.push_back(
        {required(*publisher, "name", file), origins.empty() ? "" : required(*origins.front(), "name", file)});
  }
  for (const XmlElement* pool : root.descendants("zpool"))
    manifest.pools.push_back({required(*pool, "name", file), pool->attribute("is_root") == "true", pool->line});
  for (const XmlElement* software : root.descendants("software")) {
    if (software->attribute("type") != "ARCHIVE") continue;
    const auto sources = software->descendants("file");
    if (sources.size() != 1)
      throw InputError("expected one <file uri=\"file:///PATH\"/> in <software type=\"ARCHIVE\">",
                       SourceLocation{std::string(file), software->line, 0});
    const std::string uri = required(*sources[0], "uri", file);
    if (!uri.starts_with(kFileScheme) || uri.size() == kFileScheme.size() || uri[kFileScheme.size()] != '/')
      throw InputError(fmt::format("expected a file:///PATH archive uri, not '{}'", uri),
                       SourceLocation{std::string(file), sources[0]->line, 0});
    manifest.archive = uri.substr(kFileScheme.size());
    manifest.archive_line = sources[0]->line;
  }
  return manifest;
}

}  // namespace kzsim::zones
