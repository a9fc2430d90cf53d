// How lines look: the tube's path between two ports and the colour of what it carries.
#include <gtest/gtest.h>

#include "app/assembly_tube.h"

namespace perfuse {
namespace {

TEST(AssemblyTube, PathStartsAndEndsAtThePortsAndHangsBetween) {
    const glm::vec3 a{0, 1, 0}, b{1.2f, 1, 0};
    const std::vector<glm::vec3> path = tube_path(a, {0, 0, 1}, b, {0, 0, 1});
    ASSERT_GE(path.size(), 8u);
    EXPECT_LT(glm::distance(path.front(), a), 1e-5f);
    EXPECT_LT(glm::distance(path.back(), b), 1e-5f);
    float lowest = 10.0f;
    for (const glm::vec3& p : path) lowest = std::min(lowest, p.y);
    EXPECT_LT(lowest, 0.9f);  // a 1.2 m span sags more than 10 cm
    EXPECT_GT(lowest, 0.7f);
}

TEST(AssemblyTube, ColoursFollowWhatTheLineCarries) {
    const Material venous = line_material({.content = LineContent::blood, .saturation = 0.65});
    const Material arterial = line_material({.content = LineContent::blood, .saturation = 0.99});
    const Material prime = line_material({.content = LineContent::crystalloid});
    const Material empty = line_material({});
    const Material frothy = line_material({.content = LineContent::blood, .saturation = 0.99, .air = true});
    EXPECT_GT(arterial.base_color.r, 2.0f * venous.base_color.r);  // bright red against dark red
    EXPECT_FLOAT_EQ(venous.base_color.a, 1.0f);
    EXPECT_LT(prime.base_color.a, 1.0f);  // see-through
    EXPECT_LT(empty.base_color.a, prime.base_color.a);
    EXPECT_LT(frothy.base_color.a, 1.0f);
    EXPECT_GT(frothy.base_color.g, arterial.base_color.g + 0.3f);  // paler
}

}  // namespace
}  // namespace perfuse
