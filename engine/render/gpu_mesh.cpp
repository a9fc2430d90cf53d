#include "render/gpu_mesh.h"

#include <stdexcept>

#include "render/draw_list.h"

namespace perfuse {

GpuMesh upload_mesh(Device& device, const MeshData& mesh) {
    DetailRanges whole;
    whole.fill({0, static_cast<uint32_t>(mesh.indices.size())});
    return upload_mesh(device, mesh, whole);
}

GpuMesh upload_mesh(Device& device, const MeshData& mesh, const DetailRanges& levels) {
    if (mesh.vertices.empty() || mesh.indices.empty())
        throw std::invalid_argument("mesh '" + mesh.name + "' has no triangles");
    for (uint32_t index : mesh.indices)
        if (index >= mesh.vertices.size())
            throw std::invalid_argument("mesh '" + mesh.name + "' has an index past its vertices");
    for (const IndexRange& level : levels)
        if (std::size_t(level.first) + level.count > mesh.indices.size())
            throw std::invalid_argument("mesh '" + mesh.name + "' has a level of detail past its indices");
    GpuMesh gpu;
    gpu.vertices = upload_buffer(device, mesh.vertices.data(), mesh.vertices.size() * sizeof(Vertex),
                                 VK_BUFFER_USAGE_VERTEX_BUFFER_BIT);
    gpu.indices = upload_buffer(device, mesh.indices.data(), mesh.indices.size() * sizeof(uint32_t),
                                VK_BUFFER_USAGE_INDEX_BUFFER_BIT);
    gpu.index_count = levels[0].count;
    gpu.levels = levels;
    gpu.bounds = mesh.bounds();
    return gpu;
}

GpuMesh upload_mesh_with_detail(Device& device, const MeshData& mesh) {
    MeshData stored{.name = mesh.name, .vertices = mesh.vertices, .indices = {}};
    const DetailRanges levels = append_detail_levels(detail_levels(mesh.vertices, mesh.indices), stored.indices);
    return upload_mesh(device, stored, levels);
}

DetailRanges append_detail_levels(const DetailIndexLists& lists, std::vector<uint32_t>& indices) {
    DetailRanges ranges;
    for (std::size_t level = 0; level < lists.size(); ++level) {
        // detail_levels repeats a level only as an exact copy, and a kept level is always smaller.
        if (level > 0 && lists[level].size() == lists[level - 1].size()) {
            ranges[level] = ranges[level - 1];
            continue;
        }
        ranges[level] = {static_cast<uint32_t>(indices.size()), static_cast<uint32_t>(lists[level].size())};
        indices.insert(indices.end(), lists[level].begin(), lists[level].end());
    }
    return ranges;
}

uint32_t drawn_index_count(const DrawItem& item) {
    if (item.index_count > 0) return item.index_count;
    return item.mesh ? item.mesh->index_count : 0;
}

DrawBox draw_box(const DrawItem& item) {
    if (!item.world_bounds.empty() || !item.mesh) return {item.world_bounds, glm::mat4(1.0f)};
    return {item.mesh->bounds, item.model};
}

void bind_mesh(VkCommandBuffer cmd, const GpuMesh& mesh) {
    const VkDeviceSize offset = 0;
    const VkBuffer vertex_buffer = mesh.vertices.handle();
    vkCmdBindVertexBuffers(cmd, 0, 1, &vertex_buffer, &offset);
    vkCmdBindIndexBuffer(cmd, mesh.indices.handle(), 0, VK_INDEX_TYPE_UINT32);
}

}  // namespace perfuse
