// Draws wholly outside the key light's cone may skip it; anything that might be lit must not.
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>
#include <gtest/gtest.h>

#include "render/light_reach.h"

namespace perfuse {

namespace {
// A theatre lamp 2.6 m up pointing straight down with a 45-degree outer cone: it lights a circle
// of about 2.6 m radius on the floor.
SpotLight lamp() {
    SpotLight light;
    light.position = {0.0f, 2.6f, 0.0f};
    light.direction = {0.0f, -1.0f, 0.0f};
    light.outer_angle_deg = 45.0f;
    return light;
}
}  // namespace

TEST(LightReach, InsideTheConeIsReached) {
    EXPECT_TRUE(spot_reaches_sphere(lamp(), {0.0f, 1.0f, 0.0f}, 0.5f));   // the table below
    EXPECT_TRUE(spot_reaches_sphere(lamp(), {1.5f, 0.0f, 0.0f}, 0.1f));   // the floor inside the circle
    EXPECT_TRUE(spot_reaches_sphere(lamp(), {0.0f, 2.6f, 0.0f}, 0.05f));  // the lamp itself
}

TEST(LightReach, FarOutsideTheConeIsNotReached) {
    EXPECT_FALSE(spot_reaches_sphere(lamp(), {5.0f, 1.0f, 0.0f}, 0.5f));   // a cabinet by the wall
    EXPECT_FALSE(spot_reaches_sphere(lamp(), {0.0f, 3.2f, 0.0f}, 0.3f));   // above the lamp
    EXPECT_FALSE(spot_reaches_sphere(lamp(), {0.0f, 1.0f, -4.0f}, 1.0f));  // the far end of the room
}

TEST(LightReach, SpheresCrossingTheEdgeAreReached) {
    // On the floor the cone's edge is 2.6 m out; a sphere centred 2.9 m out reaching 0.5 m crosses it.
    EXPECT_TRUE(spot_reaches_sphere(lamp(), {2.9f, 0.0f, 0.0f}, 0.5f));
    EXPECT_FALSE(spot_reaches_sphere(lamp(), {3.4f, 0.0f, 0.0f}, 0.3f));
    // Every point of the light's reach, sampled: a small sphere there is always reached.
    const SpotLight light = lamp();
    for (float y = -2.0f; y < 2.5f; y += 0.25f)
        for (float x = 0.0f; x < 6.0f; x += 0.1f) {
            const glm::vec3 p{x, y, 0.3f};
            const glm::vec3 to_p = glm::normalize(p - light.position);
            const bool in_cone = glm::dot(to_p, light.direction) > std::cos(glm::radians(light.outer_angle_deg));
            if (in_cone) {
                EXPECT_TRUE(spot_reaches_sphere(light, p, 0.01f)) << x << "," << y;
            }
        }
}

TEST(LightReach, BoundsFollowTheirTransform) {
    const Bounds unit{{-0.5f, -0.5f, -0.5f}, {0.5f, 0.5f, 0.5f}};
    EXPECT_TRUE(spot_reaches_bounds(lamp(), unit, glm::mat4(1.0f)));
    const glm::mat4 by_the_wall = glm::translate(glm::mat4(1.0f), {5.0f, 1.0f, 0.0f});
    EXPECT_FALSE(spot_reaches_bounds(lamp(), unit, by_the_wall));
    // Stretched ten times along x, the same box reaches back under the lamp.
    EXPECT_TRUE(spot_reaches_bounds(lamp(), unit, glm::scale(by_the_wall, {10.0f, 1.0f, 1.0f})));
    EXPECT_TRUE(spot_reaches_bounds(lamp(), Bounds{}, by_the_wall));  // unknown bounds: assume reached
}

TEST(LightReach, WideOrBrokenLightsReachEverything) {
    SpotLight wide = lamp();
    wide.outer_angle_deg = 120.0f;
    EXPECT_TRUE(spot_reaches_sphere(wide, {0.0f, 5.0f, 0.0f}, 0.1f));
    SpotLight broken = lamp();
    broken.direction = glm::vec3(0.0f);
    EXPECT_TRUE(spot_reaches_sphere(broken, {5.0f, 1.0f, 0.0f}, 0.1f));
}

}  // namespace perfuse
