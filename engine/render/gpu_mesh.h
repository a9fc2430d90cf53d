#pragma once
// A mesh uploaded to device-local vertex and index buffers.
#include <cstdint>

#include "geometry/mesh.h"
#include "gpu/buffer.h"

namespace perfuse {

class Device;

struct GpuMesh {
    Buffer vertices;
    Buffer indices;
    uint32_t index_count = 0;
    Bounds bounds;
};

// Throws std::invalid_argument for an empty mesh or an index past the vertex count.
GpuMesh upload_mesh(Device& device, const MeshData& mesh);

// Binds MESH's vertex (binding 0) and index buffers.
void bind_mesh(VkCommandBuffer cmd, const GpuMesh& mesh);

}  // namespace perfuse
