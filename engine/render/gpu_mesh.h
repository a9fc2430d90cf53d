#pragma once
// A mesh uploaded to device-local vertex and index buffers, optionally with coarser levels of detail
// (geometry/detail_levels.h) stored after its own indices.
#include <array>
#include <cstdint>

#include "geometry/detail_levels.h"
#include "geometry/mesh.h"
#include "gpu/buffer.h"

namespace perfuse {

class Device;

// A stretch of an index buffer.
struct IndexRange {
    uint32_t first = 0;
    uint32_t count = 0;
};

// Where each level of detail's triangles lie in a mesh's index buffer (level 0: the whole mesh).
using DetailRanges = std::array<IndexRange, kDetailLevelCount>;

struct GpuMesh {
    Buffer vertices;
    Buffer indices;
    uint32_t index_count = 0;  // the full-detail mesh's (level 0)
    DetailRanges levels{};     // every level is level 0 for a mesh uploaded without detail levels
    Bounds bounds;
};

// Uploads MESH as it is: every level of detail is the whole mesh.
// Throws std::invalid_argument for an empty mesh or an index past the vertex count.
GpuMesh upload_mesh(Device& device, const MeshData& mesh);

// Uploads MESH whose indices hold every level of detail back to back, as LEVELS says.
GpuMesh upload_mesh(Device& device, const MeshData& mesh, const DetailRanges& levels);

// Uploads MESH with its coarser levels of detail worked out (geometry/detail_levels.h).
GpuMesh upload_mesh_with_detail(Device& device, const MeshData& mesh);

// Appends LISTS to INDICES, one level after another, and says where each lies. A level that repeats
// the one before shares its range instead of being stored twice.
DetailRanges append_detail_levels(const DetailIndexLists& lists, std::vector<uint32_t>& indices);

// Binds MESH's vertex (binding 0) and index buffers.
void bind_mesh(VkCommandBuffer cmd, const GpuMesh& mesh);

}  // namespace perfuse
