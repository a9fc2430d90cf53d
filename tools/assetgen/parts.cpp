#include "parts.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

#include "geometry/lathe.h"
#include "geometry/mesh_ops.h"
#include "geometry/primitives.h"
#include "geometry/sweep.h"
#include "palette.h"

namespace perfuse::assetgen {

MeshData block(const glm::vec3& min_m, const glm::vec3& max_m) {
    return transformed(make_box(max_m - min_m), place((min_m + max_m) * 0.5f));
}

MeshData rounded_block(const glm::vec3& min_m, const glm::vec3& max_m, float radius_m) {
    return transformed(make_rounded_box(max_m - min_m, radius_m, rounding_steps_for(radius_m)), place((min_m + max_m) * 0.5f));
}

namespace {
constexpr float kSideM = 0.03f;   // the longest side of a round part's cross-section
constexpr unsigned kMinSides = 6;  // even the thinnest tube stays round
}  // namespace

unsigned rounding_steps_for(float radius_m) {
    // make_rounded_box's segments share out 45 degrees of each edge's quarter circle: as for round
    // parts, about one per kSideM of arc, at most the two every rounded box had before. Most roundings
    // (a shoe's, a machine's edges) are under 4 cm and take one: a 108-triangle box instead of 300, for
    // a curve no one sees from a step away (about 2 mm at a 3 cm rounding's silhouette).
    const float eighth_arc_m = 0.25f * 3.14159265f * std::max(radius_m, 0.0f);
    return std::clamp(static_cast<unsigned>(std::ceil(eighth_arc_m / kSideM)), 1u, 2u);
}

unsigned sides_for(float radius_m, unsigned most) {
    const float circumference_m = 2.0f * 3.14159265f * std::max(radius_m, 0.0f);
    const auto by_size = static_cast<unsigned>(std::ceil(circumference_m / kSideM));
    return std::min(most, std::max(kMinSides, by_size));
}

namespace {
// Lays a Y-axis shape of the given length, centred at the origin, between a and b.
MeshData between(const MeshData& y_shape, const glm::vec3& a, const glm::vec3& b, float length) {
    return transformed(y_shape, frame_between(a, b) * glm::translate(glm::mat4(1.0f), {0.0f, 0.5f * length, 0.0f}));
}
}  // namespace

MeshData rod(const glm::vec3& a_m, const glm::vec3& b_m, float radius_m, unsigned segments) {
    const float len = glm::length(b_m - a_m);
    return between(make_cylinder(radius_m, len, sides_for(radius_m, segments), true), a_m, b_m, len);
}

MeshData cone_between(const glm::vec3& a_m, const glm::vec3& b_m, float radius_a_m, float radius_b_m, unsigned segments) {
    const float len = glm::length(b_m - a_m);
    return between(make_frustum(radius_a_m, radius_b_m, len, sides_for(std::max(radius_a_m, radius_b_m), segments), true),
                   a_m, b_m, len);
}

MeshData pill(const glm::vec3& a_m, const glm::vec3& b_m, float radius_m, unsigned segments) {
    const float len = glm::length(b_m - a_m);
    // Rings per end cap in the old proportion (6 for 16 sides), so the caps stay as round as the sides.
    const unsigned sides = sides_for(radius_m, segments);
    return between(make_capsule(radius_m, len, sides, std::max(2u, (sides * 6 + 8) / 16)), a_m, b_m, len);
}

MeshData ball(const glm::vec3& centre_m, float radius_m, unsigned segments) {
    const unsigned sides = std::max(8u, sides_for(radius_m, segments));
    return transformed(make_sphere(radius_m, sides, sides / 2), place(centre_m));
}

MeshData ring(const glm::vec3& centre_m, float major_m, float minor_m, const glm::vec3& normal) {
    return transformed(make_torus(major_m, minor_m, sides_for(major_m, 32), sides_for(minor_m, 10)),
                       frame_between(centre_m, centre_m + normal));
}

MeshData hose(const std::vector<glm::vec3>& points_m, float radius_m, unsigned segments) {
    return make_tube(smooth_curve(points_m, 8), radius_m, sides_for(radius_m, segments), true);
}

MeshData turned(const std::vector<glm::vec2>& profile_m, const glm::vec3& base_m, bool smooth, unsigned segments) {
    float radius_m = 0.0f;
    for (const glm::vec2& point : profile_m) radius_m = std::max(radius_m, point.x);
    return transformed(make_lathe(profile_m, sides_for(radius_m, segments), smooth), place(base_m));
}

void add_castors(ModelBuilder& b, NodeId to, float half_x_m, float half_z_m, float wheel_radius_m, float stem_top_y_m) {
    const float r = wheel_radius_m, w = 0.35f * r;
    for (float sx : {-1.0f, 1.0f}) {
        for (float sz : {-1.0f, 1.0f}) {
            const glm::vec3 c(sx * half_x_m, r, sz * half_z_m);
            b.add(rod(c - glm::vec3(0, 0, w), c + glm::vec3(0, 0, w), r, 16), "black_rubber", to);
            b.add(block(c + glm::vec3(-0.3f * r, 0.0f, -w - 0.01f), c + glm::vec3(0.3f * r, 1.3f * r, w + 0.01f)), "mid_grey", to);
            b.add(rod(c + glm::vec3(0, 1.3f * r, 0), {c.x, stem_top_y_m, c.z}, 0.25f * r), "steel", to);
        }
    }
}

void add_screen(ModelBuilder& b, NodeId to, const glm::vec3& centre_m, float width_m, float height_m,
                std::string_view face_material, float yaw_deg, float tilt_deg, std::string_view screen_id) {
    const glm::mat4 m = glm::rotate(place(centre_m, yaw_deg), glm::radians(-tilt_deg), glm::vec3(1, 0, 0));
    const float border = 0.02f, depth = 0.045f;
    b.add(rounded_block({-0.5f * width_m, -0.5f * height_m, -depth}, {0.5f * width_m, 0.5f * height_m, 0.0f}, 0.012f),
          "dark_grey", to, m);
    std::string face(face_material);
    if (!screen_id.empty()) {
        Material named = palette(face_material);
        named.name = face = "screen:" + std::string(screen_id);
        b.define_material(named);
    }
    // make_box gives each face UVs over 0..1; the +Z face runs u along +X and v down from +Y.
    b.add(block({-0.5f * width_m + border, -0.5f * height_m + border, -0.002f},
                {0.5f * width_m - border, 0.5f * height_m - border, 0.004f}),
          face, to, m);
}

void add_drip_stand(ModelBuilder& b, NodeId to, const glm::vec3& base_m, float height_m) {
    constexpr float kSpoke = 0.3f;
    for (int k = 0; k < 5; ++k) {
        const float a = glm::radians(72.0f * static_cast<float>(k) + 18.0f);
        const glm::vec3 tip = base_m + glm::vec3(kSpoke * std::cos(a), 0.07f, kSpoke * std::sin(a));
        b.add(rod(base_m + glm::vec3(0, 0.09f, 0), tip, 0.012f), "steel", to);
        b.add(ball(tip - glm::vec3(0, 0.04f, 0), 0.035f, 12), "black_rubber", to);
    }
    b.add(rod(base_m + glm::vec3(0, 0.05f, 0), base_m + glm::vec3(0, height_m, 0), 0.012f), "chrome", to);
    const glm::vec3 top = base_m + glm::vec3(0, height_m, 0);
    for (float sx : {-1.0f, 1.0f}) {
        b.add(hose({top, top + glm::vec3(sx * 0.1f, 0.02f, 0), top + glm::vec3(sx * 0.14f, 0.06f, 0)}, 0.005f, 8), "chrome", to);
    }
}

void add_knob(ModelBuilder& b, NodeId to, const glm::vec3& centre_m, float radius_m, std::string_view material) {
    b.add(rod(centre_m, centre_m + glm::vec3(0, 0, 0.6f * radius_m), radius_m, 16), material, to);
    b.add(block(centre_m + glm::vec3(-0.12f * radius_m, 0.2f * radius_m, 0.5f * radius_m),
                centre_m + glm::vec3(0.12f * radius_m, 0.9f * radius_m, 0.7f * radius_m)),
          "badge_white", to);
}

void add_fluid_bag(ModelBuilder& b, NodeId to, const glm::vec3& top_m, float height_m, std::string_view fluid_material) {
    const float w = 0.45f * height_m;
    b.add(rounded_block(top_m + glm::vec3(-0.5f * w, -height_m, -0.02f), top_m + glm::vec3(0.5f * w, 0.0f, 0.02f), 0.018f),
          "clear_plastic", to);
    b.add(rounded_block(top_m + glm::vec3(-0.45f * w, -0.95f * height_m, -0.014f),
                        top_m + glm::vec3(0.45f * w, -0.3f * height_m, 0.014f), 0.012f),
          fluid_material, to);
    b.add(rod(top_m + glm::vec3(0, -height_m, 0), top_m + glm::vec3(0, -height_m - 0.05f, 0), 0.006f), "badge_white", to);
}

}  // namespace perfuse::assetgen
