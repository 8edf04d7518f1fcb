#pragma once
// A World as a JSON document plus the contents it refers to. Contents (host files, shared
// storage blocks) stay out of the document: the sink stores each and returns the name the
// document keeps; the source gives a name's content back. The document holds everything a later
// command needs: hosts with their files, services, users, zones (configuration, states, console),
// shared storage with its blocks, links, ssh trust, the clock, seeds and pending faults.
#include <functional>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "zones/world.hpp"

namespace kzsim::zones::persistence {

inline constexpr std::string_view kWorldFormat = "kzsim-world";
inline constexpr int kWorldVersion = 1;

struct ContentSink {
  std::function<std::string(const std::string& content)> host_file;
  std::function<std::string(const std::string& uri, const std::string& block, const std::string& content)> storage_block;
};

// Returns the content a name refers to; throws InputError naming it when it cannot.
using ContentSource = std::function<std::string(const std::string& name)>;

nlohmann::json encode_world(const World& world, const ContentSink& sink);

// Throws InputError naming `where` (the document's file) and the field when the document is not
// a world of this format and version.
std::unique_ptr<World> decode_world(const nlohmann::json& document, const ContentSource& source, const std::string& where);

}  // namespace kzsim::zones::persistence
