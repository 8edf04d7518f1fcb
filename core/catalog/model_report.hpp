#pragma once
// What `kzsim models` prints: the list of models and one model in full, as text or JSON.
#include <string>

#include "core/catalog/catalog.hpp"

namespace kzsim::catalog {

// One line a model: id, vendor, architecture, family, kernel-zone support.
std::string models_table(const Catalog& catalog);
std::string models_json(const Catalog& catalog);

// Every fact of `model`, each group with its source note.
std::string model_details(const Catalog& catalog, const CpuModel& model);
std::string model_json(const Catalog& catalog, const CpuModel& model);

}  // namespace kzsim::catalog
