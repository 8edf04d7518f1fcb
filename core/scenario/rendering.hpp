#pragma once
// How the page a transcript was copied from rendered a command's output: the optional `rendering`
// key of an expect block (docs/scenario-format-extensions.md). A guide page collapses runs of
// blanks, wraps long lines at its width (even inside a word) and spells some words its own way;
// the expected text keeps the page's words and is compared with what the command prints as that
// page would have shown it.
#include <string>
#include <utility>
#include <vector>

namespace kzsim::scenario {

struct Rendering {
  bool collapsed_blanks = false;  // runs of blanks compare as one, blanks at a line's ends as none
  bool wrapped_lines = false;     // whitespace, line breaks included, is ignored altogether
  bool unnumbered_headings = false;  // zonecfg info's "anet 0:" compares as "anet:"
  std::vector<std::pair<std::string, std::string>> spelling;  // the page's word, the command's

  // The text compared: an expected text with the page's words spelled as the command spells
  // them (`expected`), then, for either side, its whitespace as the page rendered it.
  std::string normalised(const std::string& text, bool expected) const;
  // `text` with the page's words spelled as the command spells them.
  std::string respelled(const std::string& text) const;
  // How the comparison differs from an exact one, for a report: "blanks collapsed, ...".
  std::string describe() const;
};

}  // namespace kzsim::scenario
