// Big meshes cut into pieces for per-vertex lighting: same surface, same winding, no cracks, pieces
// no bigger than asked, small or detailed meshes left alone.
#include <map>
#include <tuple>

#include <gtest/gtest.h>

#include "render/mesh_pieces.h"

namespace perfuse {

namespace {
// A 1 m square facing up (+Y), two triangles wound counter-clockwise seen from above.
MeshData unit_floor() {
    MeshData mesh;
    mesh.name = "floor";
    for (const auto& [x, z] : {std::pair{-0.5f, -0.5f}, {0.5f, -0.5f}, {0.5f, 0.5f}, {-0.5f, 0.5f}})
        mesh.vertices.push_back({.position = {x, 0.0f, z}, .normal = {0.0f, 1.0f, 0.0f}, .uv = {x + 0.5f, z + 0.5f}});
    mesh.indices = {0, 2, 1, 0, 3, 2};
    return mesh;
}

glm::vec3 face_normal(const MeshData& mesh, std::size_t t) {
    const glm::vec3 a = mesh.vertices[mesh.indices[t]].position, b = mesh.vertices[mesh.indices[t + 1]].position,
                    c = mesh.vertices[mesh.indices[t + 2]].position;
    return glm::cross(b - a, c - a);
}

using Point = std::tuple<float, float, float>;
Point key(const glm::vec3& p) { return {p.x, p.y, p.z}; }
}  // namespace

TEST(MeshPieces, SmallMeshStaysWhole) {
    const std::vector<MeshData> pieces = cut_into_pieces(unit_floor(), glm::vec3(1.0f), {.piece_m = 1.5f});
    ASSERT_EQ(pieces.size(), 1u);
    EXPECT_EQ(pieces[0].indices, unit_floor().indices);
}

TEST(MeshPieces, StretchedFloorIsCutIntoSmallPiecesCoveringTheSameArea) {
    const glm::vec3 scale(8.0f, 1.0f, 7.0f);  // the theatre's floor panel
    const std::vector<MeshData> pieces = cut_into_pieces(unit_floor(), scale, {.piece_m = 1.5f});
    ASSERT_GT(pieces.size(), 20u);
    float area_m2 = 0.0f;
    for (const MeshData& piece : pieces) {
        const glm::vec3 size_m = piece.bounds().size() * scale;
        // A piece holds the triangles whose centres fall in one cell, so it reaches at most one
        // small triangle past the cell.
        EXPECT_LE(size_m.x, 1.5f + 1.5f);
        EXPECT_LE(size_m.z, 1.5f + 1.5f);
        for (std::size_t t = 0; t < piece.indices.size(); t += 3) {
            const glm::vec3 n = face_normal(piece, t);
            EXPECT_GT(n.y, 0.0f) << "winding flipped";
            area_m2 += 0.5f * glm::length(n) * scale.x * scale.z;
        }
        for (const Vertex& v : piece.vertices) EXPECT_FLOAT_EQ(glm::length(v.normal), 1.0f);
    }
    EXPECT_NEAR(area_m2, 56.0f, 1e-3f);
}

TEST(MeshPieces, EveryInnerEdgeIsSharedExactlySoThereAreNoCracks) {
    const std::vector<MeshData> pieces = cut_into_pieces(unit_floor(), glm::vec3(8.0f, 1.0f, 7.0f), {.piece_m = 1.5f});
    // Count each directed edge; an inner edge must appear once each way, with bit-identical ends.
    std::map<std::pair<Point, Point>, int> edges;
    for (const MeshData& piece : pieces)
        for (std::size_t t = 0; t < piece.indices.size(); t += 3)
            for (int e = 0; e < 3; ++e)
                ++edges[{key(piece.vertices[piece.indices[t + e]].position),
                         key(piece.vertices[piece.indices[t + (e + 1) % 3]].position)}];
    int inner = 0, border = 0;
    for (const auto& [edge, count] : edges) {
        EXPECT_EQ(count, 1);
        const auto& [from, to] = edge;
        if (edges.count({to, from})) {
            ++inner;
        } else {
            // Unmatched edges lie on the square's border.
            const bool on_border = (std::get<0>(from) == std::get<0>(to) && std::abs(std::get<0>(from)) == 0.5f) ||
                                   (std::get<2>(from) == std::get<2>(to) && std::abs(std::get<2>(from)) == 0.5f);
            EXPECT_TRUE(on_border) << "a crack inside the floor";
            ++border;
        }
    }
    EXPECT_GT(inner, 0);
    EXPECT_GT(border, 0);
}

TEST(MeshPieces, DetailedMeshesAreLeftWhole) {
    const std::vector<MeshData> pieces =
        cut_into_pieces(unit_floor(), glm::vec3(8.0f, 1.0f, 7.0f), {.piece_m = 1.5f, .max_triangles = 16});
    ASSERT_EQ(pieces.size(), 1u);
    EXPECT_EQ(pieces[0].indices.size(), 6u);
}

}  // namespace perfuse
