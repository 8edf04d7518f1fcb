#include "core/scenario/scenario_files.hpp"

#include <algorithm>
#include <filesystem>

#include "core/error.hpp"

namespace kzsim::scenario {

std::vector<std::string> scenario_files(const std::vector<std::string>& arguments) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const std::string& argument : arguments) {
    std::error_code error;
    if (!fs::is_directory(argument, error)) {
      if (!fs::exists(argument, error))
        throw InputError("no such file or directory; expected a scenario file or a directory "
                         "of them",
                         {argument});
      files.push_back(argument);
      continue;
    }
    std::vector<std::string> below;
    for (const auto& entry : fs::recursive_directory_iterator(argument, error))
      if (entry.is_regular_file() && entry.path().extension() == ".yaml")
        below.push_back(entry.path().string());
    if (below.empty())
      throw InputError("no *.yaml files below this directory; expected at least one scenario",
                       {argument});
    std::sort(below.begin(), below.end());
    files.insert(files.end(), below.begin(), below.end());
  }
  return files;
}

}  // namespace kzsim::scenario
