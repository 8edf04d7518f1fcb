#pragma once
// The active evacuation of a host, as sysadm evacuate -l lists it: one record per zone the
// evacuation touched, kept in the host's file system until every evacuated zone has returned.
#include <string>
#include <vector>

#include "zones/host.hpp"
#include "zones/host_commands/listing.hpp"

namespace kzsim::zones {

enum class EvacuationState { Evacuated, Skipped, Failed };

std::string_view evacuation_state_name(EvacuationState state);  // "EVACUATED", "SKIPPED", "FAILED"

struct EvacuationRecord {
  std::string zone;
  EvacuationState state = EvacuationState::Failed;
  std::string destination;  // URI; empty when none
  std::string error;        // why it was skipped or failed
  bool was_running = false; // returned live (running) or cold (installed, with -a)
  int order = 0;            // the order zones left in; they return in reverse
};

inline constexpr std::string_view kEvacuationStatusPath = "/var/share/zones/evacuation";

std::vector<EvacuationRecord> read_evacuation(const Host& host);  // sorted by zone name
void write_evacuation(Host& host, const std::vector<EvacuationRecord>& records);  // none: removes the file

// The -l table, or "sysadm: no active evacuation".
std::string evacuation_table(const std::vector<EvacuationRecord>& records);
// The same as -l --json rows (kzsim): zonename, state, dest, error; "-" as null.
Listing evacuation_rows(const std::vector<EvacuationRecord>& records);

}  // namespace kzsim::zones
