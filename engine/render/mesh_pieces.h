#pragma once
// Cuts big meshes into small pieces for renderers that light per vertex and per draw (the fast
// lighting of CPU renderers, shaders/mesh.vert): a room's floor or wall is a stretched box of 12
// triangles, so per-vertex fill lights would only be sampled at its corners, and the key light's
// per-draw "does the cone reach it" test would always say yes. Long triangles are first cut into
// n x n smaller ones, then grouped by where they lie into pieces about PIECE_M across; each piece
// is drawn, culled and tested against the key light's cone on its own.
#include <vector>

#include <glm/glm.hpp>

#include "geometry/mesh.h"

namespace perfuse {

struct PieceLimits {
    float piece_m = 1.5f;        // the most a triangle edge or a piece may span, in world metres
    int max_cuts = 12;           // n at most (a triangle becomes at most n * n)
    int max_triangles = 4096;    // detailed meshes stay whole rather than grow past this
};

// MESH cut into pieces; SCALE is the largest world scale along each local axis that any node
// gives it. A mesh that is small enough (or too detailed to cut) comes back as one piece, unchanged.
std::vector<MeshData> cut_into_pieces(const MeshData& mesh, const glm::vec3& scale, const PieceLimits& limits = {});

}  // namespace perfuse
