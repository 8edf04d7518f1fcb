#include "core/scenario/unified_diff.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace kzsim::scenario {

namespace {

constexpr std::size_t context_lines = 3;
// Above this many cells the middle of the two texts (after their common ends) is shown as
// wholly removed and added rather than searched for a longest common subsequence.
constexpr std::size_t lcs_cell_limit = 16'000'000;

// A line with its newline, if it has one; "a" and "a\n" differ.
std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    std::size_t length = end == std::string_view::npos ? text.size() : end + 1;
    lines.push_back(text.substr(0, length));
    text.remove_prefix(length);
  }
  return lines;
}

enum class Op { keep, remove, add };

struct Edit {
  Op op;
  std::size_t old_line;  // index into the expected lines (next one, for an add)
  std::size_t new_line;  // index into the actual lines (next one, for a remove)
};

// The edits that turn a[lo_a, hi_a) into b[lo_b, hi_b), by longest common subsequence.
void lcs_edits(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b,
               std::size_t lo_a, std::size_t hi_a, std::size_t lo_b, std::size_t hi_b,
               std::vector<Edit>& edits) {
  std::size_t n = hi_a - lo_a, m = hi_b - lo_b;
  if (n * m > lcs_cell_limit) {
    for (std::size_t i = lo_a; i < hi_a; ++i) edits.push_back({Op::remove, i, lo_b});
    for (std::size_t j = lo_b; j < hi_b; ++j) edits.push_back({Op::add, hi_a, j});
    return;
  }
  // length[i][j]: LCS length of the suffixes starting at i and j.
  std::vector<std::vector<std::uint32_t>> length(n + 1, std::vector<std::uint32_t>(m + 1, 0));
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;)
      length[i][j] = a[lo_a + i] == b[lo_b + j] ? length[i + 1][j + 1] + 1
                                                : std::max(length[i + 1][j], length[i][j + 1]);
  std::size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[lo_a + i] == b[lo_b + j]) {
      edits.push_back({Op::keep, lo_a + i++, lo_b + j++});
    } else if (j == m || (i < n && length[i + 1][j] >= length[i][j + 1])) {
      edits.push_back({Op::remove, lo_a + i++, lo_b + j});
    } else {
      edits.push_back({Op::add, lo_a + i, lo_b + j++});
    }
  }
}

std::vector<Edit> edit_script(const std::vector<std::string_view>& a,
                              const std::vector<std::string_view>& b) {
  std::size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
    ++suffix;
  std::vector<Edit> edits;
  for (std::size_t i = 0; i < prefix; ++i) edits.push_back({Op::keep, i, i});
  lcs_edits(a, b, prefix, a.size() - suffix, prefix, b.size() - suffix, edits);
  for (std::size_t k = suffix; k > 0; --k)
    edits.push_back({Op::keep, a.size() - k, b.size() - k});
  return edits;
}

// "start,count" as diff prints it: a one-line range is just its line, an empty range names the
// line before it.
std::string range(std::size_t first, std::size_t count) {
  if (count == 1) return std::to_string(first + 1);
  return fmt::format("{},{}", count == 0 ? first : first + 1, count);
}

void append_line(std::string& out, char mark, std::string_view line) {
  out += mark;
  out += line;
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::string unified_diff(std::string_view expected, std::string_view actual,
                         std::string_view expected_label, std::string_view actual_label) {
  if (expected == actual) return "";
  auto a = split_lines(expected);
  auto b = split_lines(actual);
  std::vector<Edit> edits = edit_script(a, b);
  std::string out = fmt::format("--- {}\n+++ {}\n", expected_label, actual_label);
  std::size_t k = 0;
  while (k < edits.size()) {
    while (k < edits.size() && edits[k].op == Op::keep) ++k;
    if (k == edits.size()) break;
    // A hunk: from context_lines before this change to context_lines after the last change
    // that is no more than 2 * context_lines unchanged lines away from the previous one.
    std::size_t begin = k >= context_lines ? k - context_lines : 0;
    std::size_t end = k;
    while (end < edits.size()) {
      std::size_t keeps = 0;
      while (end + keeps < edits.size() && edits[end + keeps].op == Op::keep) ++keeps;
      if (end + keeps == edits.size() || keeps > 2 * context_lines) {
        end += std::min(keeps, context_lines);
        break;
      }
      end += keeps;
      while (end < edits.size() && edits[end].op != Op::keep) ++end;
    }
    std::size_t old_count = 0, new_count = 0;
    for (std::size_t e = begin; e < end; ++e) {
      old_count += edits[e].op != Op::add;
      new_count += edits[e].op != Op::remove;
    }
    out += fmt::format("@@ -{} +{} @@\n", range(edits[begin].old_line, old_count),
                       range(edits[begin].new_line, new_count));
    for (std::size_t e = begin; e < end; ++e) {
      const Edit& edit = edits[e];
      if (edit.op == Op::keep) append_line(out, ' ', a[edit.old_line]);
      else if (edit.op == Op::remove) append_line(out, '-', a[edit.old_line]);
      else append_line(out, '+', b[edit.new_line]);
    }
    k = end;
  }
  return out;
}

}  // namespace kzsim::scenario
