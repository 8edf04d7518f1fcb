#pragma once
// Reading one timing profile of machine/<arch>/*-timing.yaml (core/timing's parameters). Every
// key is checked: an unknown key, CPI class, `serves`, `replacement` or walk kind is refused at
// its file:line:col, as is a level whose entries do not fill whole sets.
#include "core/catalog/catalog.hpp"
#include "core/catalog/yaml_table.hpp"

namespace kzsim::catalog {

Timing read_timing(const TableNode& node);

}  // namespace kzsim::catalog
