#include "zones/evacuation/evacuation_status.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <utility>

#include <fmt/format.h>

#include "zones/evacuation/record_file.hpp"

namespace kzsim::zones {

namespace {

constexpr std::array<std::pair<EvacuationState, std::string_view>, 3> kStateNames{{
    {EvacuationState::Evacuated, "EVACUATED"},
    {EvacuationState::Skipped, "SKIPPED"},
    {EvacuationState::Failed, "FAILED"},
}};

std::optional<EvacuationState> parse_state(std::string_view text) {
  for (const auto& [state, name] : kStateNames)
    if (name == text) return state;
  return std::nullopt;
}

std::string_view or_dash(const std::string& text) { return text.empty() ? std::string_view("-") : std::string_view(text); }

}  // namespace

std::string_view evacuation_state_name(EvacuationState state) {
  for (const auto& [value, name] : kStateNames)
    if (value == state) return name;
  return "FAILED";
}

std::vector<EvacuationRecord> read_evacuation(const Host& host) {
  std::vector<EvacuationRecord> records;
  for (const auto& line : record_lines(host.files.read(kEvacuationStatusPath).value_or(""))) {
    const auto fields = split_fields(line);
    if (fields.size() != 6) continue;
    const auto state = parse_state(fields[1]);
    if (!state) continue;
    EvacuationRecord record{fields[0], *state, fields[2], fields[3], fields[4] == "running", 0};
    std::from_chars(fields[5].data(), fields[5].data() + fields[5].size(), record.order);
    records.push_back(std::move(record));
  }
  std::ranges::sort(records, {}, &EvacuationRecord::zone);
  return records;
}

void write_evacuation(Host& host, const std::vector<EvacuationRecord>& records) {
  if (records.empty()) {
    host.files.remove(kEvacuationStatusPath);
    return;
  }
  std::string text;
  for (const auto& record : records)
    text += join_fields({record.zone, std::string(evacuation_state_name(record.state)), record.destination, record.error,
                         record.was_running ? "running" : "installed", std::to_string(record.order)});
  host.files.write(kEvacuationStatusPath, std::move(text));
}

std::string evacuation_table(const std::vector<EvacuationRecord>& records) {
  if (records.empty()) return "sysadm: no active evacuation\n";
  std::size_t name_width = std::string_view("ZONENAME").size();
  std::size_t destination_width = std::string_view("DEST").size();
  for (const auto& record : records) {
    name_width = std::max(name_width, record.zone.size());
    destination_width = std::max(destination_width, record.destination.size());
  }
  constexpr std::size_t kStateWidth = 11;  // "EVACUATED" and two spaces
  // The guide's DEST heading is one column narrower than the URIs under it.
  std::string text = fmt::format("{:<{}}{:<{}}{:<{}}{}\n", "ZONENAME", name_width + 1, "STATE", kStateWidth, "DEST",
                                 destination_width + 1, "ERROR");
  for (const auto& record : records)
    text += fmt::format("{:<{}}{:<{}}{:<{}}{}\n", record.zone, name_width + 1, evacuation_state_name(record.state),
                        kStateWidth, or_dash(record.destination), destination_width + 2, or_dash(record.error));
  return text;
}

Listing evacuation_rows(const std::vector<EvacuationRecord>& records) {
  std::vector<std::vector<std::string>> cells;
  for (const auto& record : records)
    cells.push_back({record.zone, std::string(evacuation_state_name(record.state)), std::string(or_dash(record.destination)),
                     std::string(or_dash(record.error))});
  return table_rows({"ZONENAME", "STATE", "DEST", "ERROR"}, cells);
}

}  // namespace kzsim::zones
