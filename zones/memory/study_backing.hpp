#pragma once
// What zones/memory gives the kernel zone of one configuration of the page-size study behind
// `kzsim bench pagesize`: a fresh host of the model, its reservation pool for "mrp", part of its
// largest pages pinned by earlier zones, then the zone's boot.
#include "core/catalog/catalog.hpp"
#include "core/study/sweep.hpp"
#include "zones/memory/host_memory.hpp"

namespace kzsim::zones {

// Pins `percent` of the host's largest pages: in each, a filler zone takes all but one smallest
// zone page and a pin zone that page; the fillers then halt, leaving the frames split.
void fragment_largest_pages(HostMemory& host, const catalog::CpuModel& model, int percent);

// The host memory the study gives a model when --host-memory is not set: twice the largest
// zone, in whole largest pages.
Bytes study_host_memory(const study::SweepSpec& spec, const catalog::CpuModel& model);

study::Backing study_backing(const study::SweepSpec& spec, const study::Configuration& configuration);

}  // namespace kzsim::zones
