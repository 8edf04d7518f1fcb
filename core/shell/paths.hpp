#pragma once
// How the shell turns a path as typed into a key of the host's FileSystem.
#include <string>
#include <string_view>

namespace kzsim::shell {

// Where the user's shell starts: /root for root, /export/home/USER for everyone else.
std::string home_directory(std::string_view user);

// An absolute path without ".", ".." or repeated slashes; relative paths start at the user's
// home directory.
std::string resolve_path(std::string_view user, std::string_view path);

}  // namespace kzsim::shell
