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

TEST(LightReach, BoxesNearTheConeButOutsideItAreNotReached) {
    // A 1.5 m floor piece whose near corner is 0.3 m beyond the pool of light: a sphere round it
    // crosses the cone, the box does not.
    const Bounds floor_piece{{2.9f, -0.02f, -0.75f}, {4.4f, 0.0f, 0.75f}};
    EXPECT_TRUE(spot_reaches_sphere(lamp(), floor_piece.center(), 0.5f * glm::length(floor_piece.size())));
    EXPECT_FALSE(spot_reaches_bounds(lamp(), floor_piece, glm::mat4(1.0f)));
    // A ceiling panel 0.2 m above the lamp, right over it: the lamp looks away from it.
    const Bounds ceiling_panel{{-0.75f, 2.8f, -0.75f}, {0.75f, 2.82f, 0.75f}};
    EXPECT_FALSE(spot_reaches_bounds(lamp(), ceiling_panel, glm::mat4(1.0f)));
    // The same panels where the light falls are reached.
    EXPECT_TRUE(spot_reaches_bounds(lamp(), Bounds{{2.0f, -0.02f, -0.75f}, {3.5f, 0.0f, 0.75f}}, glm::mat4(1.0f)));
    EXPECT_TRUE(spot_reaches_bounds(lamp(), Bounds{{-0.75f, 2.4f, -0.75f}, {0.75f, 2.42f, 0.75f}}, glm::mat4(1.0f)));
}

TEST(LightReach, NoBoxWithAPointInTheConeIsEverSkipped) {
    // Random boxes, turned and stretched, around a tilted lamp: wherever a point of the box lies
    // inside the outer cone, the box must count as reached (else a lit pixel would go dark).
    SpotLight light = lamp();
    light.direction = glm::normalize(glm::vec3(0.3f, -1.0f, 0.2f));
    light.outer_angle_deg = 25.0f;
    const float cos_outer = std::cos(glm::radians(light.outer_angle_deg));
    uint32_t state = 12345u;
    const auto random = [&](float lo, float hi) {
        state = state * 1664525u + 1013904223u;
        return lo + (hi - lo) * float(state >> 8) / float(1u << 24);
    };
    int skipped = 0, reached_with_a_lit_point = 0;
    for (int trial = 0; trial < 4000; ++trial) {
        const glm::vec3 size{random(0.01f, 2.0f), random(0.01f, 2.0f), random(0.01f, 2.0f)};
        const Bounds box{-0.5f * size, 0.5f * size};
        glm::mat4 model = glm::translate(glm::mat4(1.0f), {random(-4.0f, 4.0f), random(-1.0f, 4.0f), random(-4.0f, 4.0f)});
        model = glm::rotate(model, random(0.0f, 6.3f), glm::normalize(glm::vec3(random(-1, 1), random(-1, 1), 0.5f)));
        const bool reached = spot_reaches_bounds(light, box, model);
        if (!reached) ++skipped;
        bool lit_point = false;
        for (int i = 0; i < 6 && !lit_point; ++i)
            for (int j = 0; j < 6 && !lit_point; ++j)
                for (int k = 0; k < 6 && !lit_point; ++k) {
                    const glm::vec3 local = box.min + size * glm::vec3(i, j, k) / 5.0f;
                    const glm::vec3 to_p = glm::vec3(model * glm::vec4(local, 1.0f)) - light.position;
                    lit_point = glm::dot(glm::normalize(to_p), light.direction) > cos_outer;
                }
        if (lit_point) {
            ++reached_with_a_lit_point;
            EXPECT_TRUE(reached) << "trial " << trial;
        }
    }
    // Both kinds were tried: the test would catch a test that skips all or none.
    EXPECT_GT(skipped, 1000);
    EXPECT_GT(reached_with_a_lit_point, 500);
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
