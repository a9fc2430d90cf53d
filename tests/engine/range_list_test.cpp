#include <gtest/gtest.h>

#include "gpu/memory.h"

namespace perfuse {

TEST(RangeList, AllocatesAlignedNonOverlappingRanges) {
    RangeList ranges(1024);
    VkDeviceSize a = 0, b = 0, c = 0;
    ASSERT_TRUE(ranges.allocate(100, 64, a));
    ASSERT_TRUE(ranges.allocate(100, 256, b));
    ASSERT_TRUE(ranges.allocate(10, 16, c));
    EXPECT_EQ(a % 64, 0u);
    EXPECT_EQ(b % 256, 0u);
    EXPECT_EQ(c % 16, 0u);
    EXPECT_GE(b, a + 100);
    // c may fill the alignment gap between a and b, but must not overlap either.
    EXPECT_TRUE(c + 10 <= b || c >= b + 100);
    EXPECT_TRUE(c >= a + 100 || c + 10 <= a);
    EXPECT_EQ(ranges.free_bytes(), 1024u - 210u);
}

TEST(RangeList, RefusesWhatDoesNotFit) {
    RangeList ranges(256);
    VkDeviceSize offset = 0;
    EXPECT_FALSE(ranges.allocate(257, 1, offset));
    ASSERT_TRUE(ranges.allocate(200, 1, offset));
    EXPECT_FALSE(ranges.allocate(100, 1, offset));
}

TEST(RangeList, ReleaseMergesNeighboursBackIntoOneRange) {
    RangeList ranges(1000);
    VkDeviceSize a = 0, b = 0, c = 0;
    ASSERT_TRUE(ranges.allocate(100, 1, a));
    ASSERT_TRUE(ranges.allocate(100, 1, b));
    ASSERT_TRUE(ranges.allocate(100, 1, c));
    ranges.release(a, 100);
    ranges.release(c, 100);
    EXPECT_EQ(ranges.free_range_count(), 2u);  // [0,100) and [200,1000)
    ranges.release(b, 100);
    EXPECT_EQ(ranges.free_range_count(), 1u);
    EXPECT_EQ(ranges.free_bytes(), 1000u);
    VkDeviceSize whole = 1;
    EXPECT_TRUE(ranges.allocate(1000, 1, whole));
    EXPECT_EQ(whole, 0u);
}

}  // namespace perfuse
