// Precompiled for every file of the kzsim command line (-Db_pch=true): CLI11, header-only, is
// most of each file's compile time.
#include <functional>
#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
