#include "mesh_ops.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <glm/gtc/matrix_transform.hpp>

namespace perfuse {

void append(MeshData& dst, const MeshData& src) {
    const auto base = static_cast<std::uint32_t>(dst.vertices.size());
    dst.vertices.insert(dst.vertices.end(), src.vertices.begin(), src.vertices.end());
    dst.indices.reserve(dst.indices.size() + src.indices.size());
    for (std::uint32_t i : src.indices) dst.indices.push_back(base + i);
}

MeshData transformed(const MeshData& mesh, const glm::mat4& m) {
    MeshData out = mesh;
    const glm::mat3 normal_m = glm::transpose(glm::inverse(glm::mat3(m)));
    for (Vertex& v : out.vertices) {
        v.position = glm::vec3(m * glm::vec4(v.position, 1.0f));
        const glm::vec3 n = normal_m * v.normal;
        const float len = glm::length(n);
        v.normal = len > 0.0f ? n / len : glm::vec3(0.0f, 1.0f, 0.0f);
    }
    if (glm::determinant(glm::mat3(m)) < 0.0f) {
        for (std::size_t t = 0; t + 2 < out.indices.size(); t += 3) std::swap(out.indices[t + 1], out.indices[t + 2]);
    }
    return out;
}

glm::mat4 frame_between(const glm::vec3& from, const glm::vec3& to) {
    const glm::vec3 dir = to - from;
    const float len = glm::length(dir);
    glm::mat4 m(1.0f);
    if (len <= 0.0f) return glm::translate(m, from);
    const glm::vec3 y = dir / len;
    // Any helper axis not parallel to y gives an orthonormal frame; pick the least aligned world axis.
    const glm::vec3 helper = std::abs(y.x) < 0.9f ? glm::vec3(1, 0, 0) : glm::vec3(0, 0, 1);
    const glm::vec3 z = glm::normalize(glm::cross(helper, y));
    const glm::vec3 x = glm::cross(y, z);
    m[0] = glm::vec4(x, 0.0f);
    m[1] = glm::vec4(y, 0.0f);
    m[2] = glm::vec4(z, 0.0f);
    m[3] = glm::vec4(from, 1.0f);
    return m;
}

glm::mat4 place(const glm::vec3& translation_m, float rotation_y_deg, const glm::vec3& scale) {
    glm::mat4 m = glm::translate(glm::mat4(1.0f), translation_m);
    m = glm::rotate(m, glm::radians(rotation_y_deg), glm::vec3(0, 1, 0));
    return glm::scale(m, scale);
}

glm::vec3 axis_scales(const glm::mat4& m) {
    return {glm::length(glm::vec3(m[0])), glm::length(glm::vec3(m[1])), glm::length(glm::vec3(m[2]))};
}

float largest_axis_scale(const glm::mat4& m) {
    const glm::vec3 scales = axis_scales(m);
    return std::max({scales.x, scales.y, scales.z});
}

}  // namespace perfuse
