#include <gtest/gtest.h>

// Keeps every test executable non-empty while its folder's tests are being written.
TEST(Build, Links) { SUCCEED(); }
