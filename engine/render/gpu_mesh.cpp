#include "render/gpu_mesh.h"

#include <stdexcept>

#include "render/draw_list.h"

namespace perfuse {

GpuMesh upload_mesh(Device& device, const MeshData& mesh) {
    if (mesh.vertices.empty() || mesh.indices.empty())
        throw std::invalid_argument("mesh '" + mesh.name + "' has no triangles");
    for (uint32_t index : mesh.indices)
        if (index >= mesh.vertices.size())
            throw std::invalid_argument("mesh '" + mesh.name + "' has an index past its vertices");
    GpuMesh gpu;
    gpu.vertices = upload_buffer(device, mesh.vertices.data(), mesh.vertices.size() * sizeof(Vertex),
                                 VK_BUFFER_USAGE_VERTEX_BUFFER_BIT);
    gpu.indices = upload_buffer(device, mesh.indices.data(), mesh.indices.size() * sizeof(uint32_t),
                                VK_BUFFER_USAGE_INDEX_BUFFER_BIT);
    gpu.index_count = static_cast<uint32_t>(mesh.indices.size());
    gpu.bounds = mesh.bounds();
    return gpu;
}

uint32_t drawn_index_count(const DrawItem& item) {
    if (item.index_count > 0) return item.index_count;
    return item.mesh ? item.mesh->index_count : 0;
}

void bind_mesh(VkCommandBuffer cmd, const GpuMesh& mesh) {
    const VkDeviceSize offset = 0;
    const VkBuffer vertex_buffer = mesh.vertices.handle();
    vkCmdBindVertexBuffers(cmd, 0, 1, &vertex_buffer, &offset);
    vkCmdBindIndexBuffer(cmd, mesh.indices.handle(), 0, VK_INDEX_TYPE_UINT32);
}

}  // namespace perfuse
