#include "mesh_checks.h"

#include <map>
#include <tuple>
#include <utility>

#include <glm/glm.hpp>

namespace perfuse::test {
namespace {

// Positions are welded on a 10 micrometre grid: seams of the builders duplicate vertices on purpose.
using Key = std::tuple<long, long, long>;
Key key(const glm::vec3& p) {
    auto q = [](float v) { return static_cast<long>(std::lround(static_cast<double>(v) * 1e5)); };
    return {q(p.x), q(p.y), q(p.z)};
}

}  // namespace

std::size_t open_edge_count(const MeshData& mesh) {
    std::map<Key, int> ids;
    auto id = [&](std::uint32_t i) { return ids.emplace(key(mesh.vertices[i].position), static_cast<int>(ids.size())).first->second; };
    // Directed edge counts: a closed, consistently wound surface uses each edge once in each direction.
    std::map<std::pair<int, int>, int> directed;
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const int a = id(mesh.indices[t]), b = id(mesh.indices[t + 1]), c = id(mesh.indices[t + 2]);
        ++directed[{a, b}];
        ++directed[{b, c}];
        ++directed[{c, a}];
    }
    std::size_t open = 0;
    for (const auto& [edge, count] : directed) {
        const auto it = directed.find({edge.second, edge.first});
        if (count != 1 || it == directed.end() || it->second != 1) ++open;
    }
    return open;
}

double signed_volume_m3(const MeshData& mesh) {
    double v = 0.0;
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const glm::dvec3 a = mesh.vertices[mesh.indices[t]].position, b = mesh.vertices[mesh.indices[t + 1]].position,
                         c = mesh.vertices[mesh.indices[t + 2]].position;
        v += glm::dot(a, glm::cross(b, c)) / 6.0;
    }
    return v;
}

double normal_agreement(const MeshData& mesh) {
    std::size_t agree = 0, total = 0;
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const Vertex &a = mesh.vertices[mesh.indices[t]], &b = mesh.vertices[mesh.indices[t + 1]],
                     &c = mesh.vertices[mesh.indices[t + 2]];
        const glm::vec3 face = glm::cross(b.position - a.position, c.position - a.position);
        if (glm::length(face) < 1e-12f) continue;
        ++total;
        if (glm::dot(face, a.normal + b.normal + c.normal) > 0.0f) ++agree;
    }
    return total ? static_cast<double>(agree) / static_cast<double>(total) : 0.0;
}

}  // namespace perfuse::test
