// The catalog compiled into kzsim: the YAML tables of machine/ and firmware-models/, embedded
// at build time by tools/embed_data.py.
#include <map>
#include <string>
#include <string_view>

#include "core/catalog/catalog.hpp"

namespace kzsim::embedded {
const std::map<std::string, std::string_view>& catalog_files();
}

namespace kzsim::catalog {

const Catalog& Catalog::builtin() {
  static const Catalog catalog = from_yaml(embedded::catalog_files());
  return catalog;
}

}  // namespace kzsim::catalog
