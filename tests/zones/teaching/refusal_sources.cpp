#include "tests/zones/teaching/refusal_sources.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>

#include "core/catalog/yaml_table.hpp"

namespace kzsim::zones::testing {

namespace {

// A statement's code (literals replaced by "S") and its literals.
struct Statement {
  std::string code;
  struct Literal {
    std::size_t at;  // where in code it stood
    int line;
    std::string text;
  };
  std::vector<Literal> literals;
};

char escaped(char c) {
  switch (c) {
    case 'n': return '\n';
    case 't': return '\t';
    default: return c;
  }
}

// Splits C++ source at ';', '{' and '}' outside literals and comments; joins adjacent literals.
std::vector<Statement> statements(const std::string& source) {
  std::vector<Statement> all(1);
  int line = 1;
  bool literal_last = false;  // only whitespace since the last literal
  for (std::size_t at = 0; at < source.size();) {
    const char c = source[at];
    if (source.compare(at, 2, "//") == 0) {
      at = std::min(source.find('\n', at), source.size());
    } else if (source.compare(at, 2, "/*") == 0) {
      const auto end = std::min(source.find("*/", at + 2), source.size());
      line += static_cast<int>(std::count(source.begin() + at, source.begin() + end, '\n'));
      at = end + 2;
    } else if (c == '"') {
      std::string text;
      for (++at; at < source.size() && source[at] != '"'; ++at)
        text += source[at] == '\\' ? escaped(source[++at]) : source[at];
      ++at;
      auto& statement = all.back();
      if (literal_last) {
        statement.literals.back().text += text;
      } else {
        statement.literals.push_back({statement.code.size(), line, text});
        statement.code += "\"S\"";
      }
      literal_last = true;
      continue;
    } else if (c == '\'' && (at == 0 || !std::isalnum(static_cast<unsigned char>(source[at - 1])))) {
      at = std::min(source.find('\'', at + (source[at + 1] == '\\' ? 3 : 2)), source.size()) + 1;
    } else {
      if (c == '\n') ++line;
      if (c == ';' || c == '{' || c == '}') {
        // return {value, fmt::format("...")}: the braces' statement is still the return's
        const std::string& code = all.back().code;
        const auto end = code.find_last_not_of(" \t\n");
        const bool braced_return = c == '{' && end != std::string::npos && end >= 5 && code.compare(end - 5, 6, "return") == 0;
        all.emplace_back();
        if (braced_return) all.back().code = "return ";
      } else {
        all.back().code += c;
      }
      ++at;
    }
    if (!std::isspace(static_cast<unsigned char>(c))) literal_last = false;
  }
  return all;
}

std::optional<std::regex> pattern(const catalog::TableNode& entry, std::string_view key) {
  if (!entry.has(key)) return std::nullopt;
  try {
    return std::regex(entry[key].text(), std::regex::ECMAScript);
  } catch (const std::regex_error& error) {
    entry[key].refuse(fmt::format("an ECMAScript regular expression ({})", error.what()));
  }
}

}  // namespace

std::string read_text(const std::filesystem::path& path) {
  std::ifstream file(path);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

bool Listed::lists(const RefusalFormat& format) const {
  return (!file || std::regex_search(format.file, *file)) && (!match || std::regex_search(format.text, *match));
}

CoverageList read_coverage_list(const std::filesystem::path& file) {
  const auto table = catalog::TableNode::parse(file.string(), read_text(file));
  table.only_keys({"needs-no-rule", "rule-missing", "examples"});
  CoverageList read;
  for (const std::string_view name : {"needs-no-rule", "rule-missing"})
    for (const auto& entry : table[name].items()) {
      entry.only_keys({"file", "match", "reason"});
      if (!entry.has("file") && !entry.has("match")) entry.refuse("a file or a match pattern");
      entry["reason"].text();
      read.entries.push_back({std::string(name), entry.text_or("file", "") + " " + entry.text_or("match", ""),
                              pattern(entry, "file"), pattern(entry, "match")});
    }
  read.examples = table["examples"].texts();
  return read;
}


std::vector<RefusalFormat> refusal_formats(const std::filesystem::path& zones_directory) {
  static const std::regex sink(R"(\b(refuse|err|fail|failure|InputError)\s*\(\s*(fmt::format\(\s*)?$)");
  static const std::regex returned(R"((^|\W)return\W|\b(error|refusal|why|problem|reason)\s*=)");
  static const std::regex refusal_word(
      "expected|cannot|not |No such|unknown|denied|needs|must|error|invalid|already|only|unable|refused|too "
      "|more than|failed|disabled|smaller|larger|exceed|unsupported|incompatible",
      std::regex::icase);
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(zones_directory))
    if (entry.path().extension() == ".cpp")
      files.push_back(entry.path());
  std::ranges::sort(files);
  std::vector<RefusalFormat> formats;
  for (const auto& path : files) {
    const std::string name = std::filesystem::relative(path, zones_directory.parent_path()).generic_string();
    for (const Statement& statement : statements(read_text(path))) {
      const bool is_return = std::regex_search(statement.code, returned);
      for (const auto& literal : statement.literals) {
        const bool to_sink = std::regex_search(statement.code.substr(0, literal.at), sink);
        if (to_sink || (is_return && std::regex_search(literal.text, refusal_word)))
          formats.push_back({name, literal.line, literal.text});
      }
    }
  }
  return formats;
}

}  // namespace kzsim::zones::testing
