#include <gtest/gtest.h>

#include "gpu/device.h"
#include "gpu/instance.h"
#include "render/texture_table.h"

namespace perfuse {

TEST(MipLevels, FullChainDownToOnePixel) {
    EXPECT_EQ(mip_levels_for(1, 1), 1u);
    EXPECT_EQ(mip_levels_for(64, 64), 7u);   // 64 32 16 8 4 2 1
    EXPECT_EQ(mip_levels_for(100, 30), 7u);  // the longer side decides
    EXPECT_EQ(mip_levels_for(0, 0), 1u);
}

TEST(TextureTable, WhiteFirstThenUploadsAndRefusesBrokenImages) {
    ValidationLog log;
    {
        Instance instance(InstanceOptions{.validation = true}, &log);
        Device device(instance, DeviceOptions{});
        TextureTable table(device);
        EXPECT_EQ(table.size(), 1u);  // the white texture
        TextureImage checker{.key = "checker", .width_px = 4, .height_px = 4};
        for (int i = 0; i < 16; ++i) checker.rgba8.insert(checker.rgba8.end(), {std::uint8_t(i * 16), 0, 255, 255});
        EXPECT_EQ(table.add(checker), 1u);
        TextureImage truncated = checker;
        truncated.rgba8.resize(10);
        EXPECT_EQ(table.add(truncated), TextureTable::kWhite);
        EXPECT_EQ(table.size(), 2u);
        // A screen redrawn by the app: same size updates in place; another size or white is refused.
        TextureImage redrawn = checker;
        redrawn.rgba8.assign(redrawn.rgba8.size(), 128);
        EXPECT_TRUE(table.update(1, redrawn));
        TextureImage bigger{.key = "bigger", .width_px = 8, .height_px = 8};
        bigger.rgba8.assign(8 * 8 * 4, 0);
        EXPECT_FALSE(table.update(1, bigger));
        EXPECT_FALSE(table.update(TextureTable::kWhite, redrawn));
        // Normal maps are stored as plain numbers, not sRGB colour.
        EXPECT_EQ(table.add(checker, TextureTable::Encoding::linear_data), 2u);
    }
    EXPECT_EQ(log.problem_count(), 0) << ::testing::PrintToString(log.problems());
}

}  // namespace perfuse
