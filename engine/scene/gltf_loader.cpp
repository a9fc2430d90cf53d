#include "scene/gltf_loader.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <exception>
#include <mutex>
#include <utility>

#include <assimp/DefaultLogger.hpp>
#include <assimp/Importer.hpp>
#include <assimp/LogStream.hpp>
#include <assimp/material.h>
#include <assimp/postprocess.h>
#include <assimp/scene.h>

#include "scene/gltf_precheck.h"

namespace perfuse {
namespace {

struct Context {
    const aiScene* ai = nullptr;
    std::filesystem::path file;
    std::string file_name;  // as the caller wrote it, for messages
    LoadResult* result = nullptr;
    std::vector<std::int32_t> mesh_map;      // aiMesh index -> Scene mesh index or kNoIndex (skipped)
    std::vector<std::int32_t> material_map;  // aiMesh index -> Scene material index
    std::vector<std::int32_t> converted_materials;  // aiMaterial index -> Scene index, kNoIndex until used

    void warn(const std::string& what) const { result->warnings.push_back(file_name + ": " + what); }
};

// Assimp messages can span lines; the contract is one line per problem.
std::string oneLine(std::string text) {
    std::replace_if(text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
    while (!text.empty() && text.back() == ' ') text.pop_back();
    return text.empty() ? std::string("unknown import error") : text;
}

bool finite(const aiVector3D& v) { return std::isfinite(v.x) && std::isfinite(v.y) && std::isfinite(v.z); }

std::string percentDecode(const std::string& uri) {
    std::string out;
    for (std::size_t i = 0; i < uri.size(); ++i) {
        if (uri[i] == '%' && i + 2 < uri.size() && std::isxdigit(static_cast<unsigned char>(uri[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(uri[i + 2]))) {
            out.push_back(static_cast<char>(std::stoi(uri.substr(i + 1, 2), nullptr, 16)));
            i += 2;
        } else {
            out.push_back(uri[i]);
        }
    }
    return out;
}

// Decodes the texture once per key and returns the key the Material should hold.
std::string resolveTexture(Context& ctx, Scene& scene, const aiString& ai_path) {
    const std::string raw = ai_path.C_Str();
    if (raw.empty()) return {};
    const aiTexture* embedded = ctx.ai->GetEmbeddedTexture(raw.c_str());
    std::string key;
    if (embedded != nullptr) {
        const std::string index = raw[0] == '*' ? raw.substr(1) : raw;
        key = ctx.file.string() + "#embedded" + index;
    } else {
        key = (ctx.file.parent_path() / percentDecode(raw)).lexically_normal().string();
    }
    if (find_texture(scene, key) != nullptr) return key;

    ImageResult decoded;
    if (embedded == nullptr) {
        decoded = decode_image_file(key);
    } else if (embedded->mHeight == 0) {  // compressed (PNG/JPEG) bytes, mWidth of them
        decoded = decode_image_memory(reinterpret_cast<const std::uint8_t*>(embedded->pcData), embedded->mWidth, key);
    } else {  // raw texels, BGRA in memory
        decoded.image.width_px = embedded->mWidth;
        decoded.image.height_px = embedded->mHeight;
        for (std::size_t i = 0; i < std::size_t(embedded->mWidth) * embedded->mHeight; ++i) {
            const aiTexel& t = embedded->pcData[i];
            decoded.image.rgba8.insert(decoded.image.rgba8.end(), {t.r, t.g, t.b, t.a});
        }
    }
    if (decoded.ok()) {
        decoded.image.key = key;
        scene.textures.push_back(std::move(decoded.image));
    } else {
        ctx.warn("texture '" + raw + "' unusable (" + decoded.error + "); using a placeholder");
        scene.textures.push_back(placeholder_image(key));
    }
    return key;
}

Material convertMaterial(Context& ctx, Scene& scene, const aiMaterial& m) {
    Material out;
    aiString name;
    if (m.Get(AI_MATKEY_NAME, name) == AI_SUCCESS) out.name = name.C_Str();
    aiColor4D color;
    if (m.Get(AI_MATKEY_BASE_COLOR, color) == AI_SUCCESS || m.Get(AI_MATKEY_COLOR_DIFFUSE, color) == AI_SUCCESS)
        out.base_color = {color.r, color.g, color.b, color.a};
    float value = 0.0f;
    if (m.Get(AI_MATKEY_METALLIC_FACTOR, value) == AI_SUCCESS) out.metallic = value;
    if (m.Get(AI_MATKEY_ROUGHNESS_FACTOR, value) == AI_SUCCESS) out.roughness = value;
    aiColor3D emissive;
    if (m.Get(AI_MATKEY_COLOR_EMISSIVE, emissive) == AI_SUCCESS) out.emissive = {emissive.r, emissive.g, emissive.b};
    aiString tex;
    if (m.GetTexture(aiTextureType_BASE_COLOR, 0, &tex) == AI_SUCCESS ||
        m.GetTexture(aiTextureType_DIFFUSE, 0, &tex) == AI_SUCCESS)
        out.base_color_texture = resolveTexture(ctx, scene, tex);
    if (m.GetTexture(aiTextureType_NORMALS, 0, &tex) == AI_SUCCESS)
        out.normal_texture = resolveTexture(ctx, scene, tex);
    // Factors outside their ranges would make the shader produce NaN or glare; clamp and say so.
    const glm::vec4 c = out.base_color;
    if (!std::isfinite(c.r + c.g + c.b + c.a) || !std::isfinite(out.metallic + out.roughness)) {
        ctx.warn("material '" + out.name + "' has non-finite factors; using defaults");
        const Material defaults;
        out.base_color = defaults.base_color;
        out.metallic = defaults.metallic;
        out.roughness = defaults.roughness;
    }
    out.metallic = std::clamp(out.metallic, 0.0f, 1.0f);
    out.roughness = std::clamp(out.roughness, 0.0f, 1.0f);
    return out;
}

// Returns kNoIndex (and warns) for meshes the renderer must not see.
std::int32_t convertMesh(Context& ctx, Scene& scene, const aiMesh& m) {
    const std::string label = "mesh '" + std::string(m.mName.C_Str()) + "'";
    if (!(m.mPrimitiveTypes & aiPrimitiveType_TRIANGLE) || m.mNumVertices == 0 || m.mVertices == nullptr) {
        ctx.warn(label + " has no triangles; skipped");
        return kNoIndex;
    }
    MeshData out;
    out.name = m.mName.C_Str();
    out.vertices.resize(m.mNumVertices);
    for (unsigned i = 0; i < m.mNumVertices; ++i) {
        if (!finite(m.mVertices[i])) {
            ctx.warn(label + " has NaN/Inf positions; skipped");
            return kNoIndex;
        }
        Vertex& v = out.vertices[i];
        v.position = {m.mVertices[i].x, m.mVertices[i].y, m.mVertices[i].z};
        if (m.mNormals != nullptr && finite(m.mNormals[i]) && m.mNormals[i].SquareLength() > 1e-12f)
            v.normal = glm::normalize(glm::vec3(m.mNormals[i].x, m.mNormals[i].y, m.mNormals[i].z));
        if (m.mTextureCoords[0] != nullptr && finite(m.mTextureCoords[0][i]))
            v.uv = {m.mTextureCoords[0][i].x, m.mTextureCoords[0][i].y};
    }
    out.indices.reserve(std::size_t(m.mNumFaces) * 3);
    for (unsigned f = 0; f < m.mNumFaces; ++f) {
        const aiFace& face = m.mFaces[f];
        if (face.mNumIndices != 3) continue;  // points and lines left over from sorting
        for (unsigned k = 0; k < 3; ++k) {
            if (face.mIndices[k] >= m.mNumVertices) {
                ctx.warn(label + " has a vertex index out of range; skipped");
                return kNoIndex;
            }
            out.indices.push_back(face.mIndices[k]);
        }
    }
    if (out.indices.empty()) {
        ctx.warn(label + " has no triangles; skipped");
        return kNoIndex;
    }
    return add_mesh(scene, std::move(out));
}

Transform convertTransform(Context& ctx, const aiNode& node) {
    aiVector3D scale, translation;
    aiQuaternion rotation;
    node.mTransformation.Decompose(scale, rotation, translation);
    Transform t;
    t.translation_m = {translation.x, translation.y, translation.z};
    t.rotation = glm::normalize(glm::quat(rotation.w, rotation.x, rotation.y, rotation.z));
    t.scale = {scale.x, scale.y, scale.z};
    const bool ok = finite(translation) && finite(scale) && std::isfinite(t.rotation.w + t.rotation.x) &&
                    std::isfinite(t.rotation.y + t.rotation.z);
    if (!ok) {
        ctx.warn("node '" + std::string(node.mName.C_Str()) + "' has a non-finite transform; using identity");
        return {};
    }
    return t;
}

std::string nodeTag(const aiNode& node) {
    aiString tag;
    if (node.mMetaData != nullptr && node.mMetaData->Get("tag", tag)) return tag.C_Str();
    return node.mName.C_Str();
}

void convertNodes(Context& ctx, Scene& scene) {
    // Explicit stack: a deep hierarchy must not overflow ours.
    std::vector<std::pair<const aiNode*, NodeId>> stack{{ctx.ai->mRootNode, kNoNode}};
    while (!stack.empty()) {
        const auto [ai_node, parent] = stack.back();
        stack.pop_back();
        const NodeId id = add_node(scene, ai_node->mName.C_Str(), parent, convertTransform(ctx, *ai_node));
        scene.nodes[id].tag = nodeTag(*ai_node);
        std::vector<unsigned> meshes;
        for (unsigned i = 0; i < ai_node->mNumMeshes; ++i) {
            const unsigned m = ai_node->mMeshes[i];
            if (m < ctx.mesh_map.size() && ctx.mesh_map[m] != kNoIndex) meshes.push_back(m);
        }
        if (meshes.size() == 1) {
            scene.nodes[id].mesh = ctx.mesh_map[meshes[0]];
            scene.nodes[id].material = ctx.material_map[meshes[0]];
        } else {
            for (std::size_t k = 0; k < meshes.size(); ++k) {
                const NodeId child = add_node(scene, scene.nodes[id].name + "/primitive" + std::to_string(k), id);
                scene.nodes[child].tag = scene.nodes[id].tag;
                scene.nodes[child].mesh = ctx.mesh_map[meshes[k]];
                scene.nodes[child].material = ctx.material_map[meshes[k]];
            }
        }
        for (unsigned c = ai_node->mNumChildren; c-- > 0;) stack.push_back({ai_node->mChildren[c], id});
    }
}

void convert(Context& ctx, Scene& scene) {
    const aiScene& ai = *ctx.ai;
    // Materials are converted when a kept mesh first uses them: Assimp adds an unused default one,
    // and textures of unused materials should not cost memory or warnings.
    ctx.converted_materials.assign(ai.mNumMaterials, kNoIndex);
    ctx.mesh_map.assign(ai.mNumMeshes, kNoIndex);
    ctx.material_map.assign(ai.mNumMeshes, kNoIndex);
    for (unsigned i = 0; i < ai.mNumMeshes; ++i) {
        ctx.mesh_map[i] = convertMesh(ctx, scene, *ai.mMeshes[i]);
        const unsigned m = ai.mMeshes[i]->mMaterialIndex;
        if (ctx.mesh_map[i] == kNoIndex || m >= ai.mNumMaterials) continue;
        if (ctx.converted_materials[m] == kNoIndex)
            ctx.converted_materials[m] = add_material(scene, convertMaterial(ctx, scene, *ai.mMaterials[m]));
        ctx.material_map[i] = ctx.converted_materials[m];
    }
    if (ai.mRootNode != nullptr) convertNodes(ctx, scene);
    update_world_transforms(scene);
}

// Assimp repairs some damage silently apart from a log line (it drops faces with out-of-range indices,
// for one); collecting its warnings lets the caller see what was changed.
class WarningCollector : public Assimp::LogStream {
public:
    std::vector<std::string> lines;
    void write(const char* message) override {
        std::string line = oneLine(message);
        // DefaultLogger prefixes "Warn,  T0: "; the thread tag means nothing to a content author.
        if (const auto colon = line.find(": "); colon != std::string::npos && colon < 16) line.erase(0, colon + 2);
        // Harmless (shared vertex buffers cause it) and common in valid files: not worth a warning.
        if (line.find("There are unreferenced vertices") != std::string::npos) return;
        lines.push_back("Assimp: " + line);
    }
};

// Assimp's logger is one per process, so loads that listen to it take turns.
std::mutex& assimpLogMutex() {
    static std::mutex mutex;
    return mutex;
}

struct LogCapture {
    static constexpr unsigned kSeverity = Assimp::Logger::Warn | Assimp::Logger::Err;
    WarningCollector collector;
    bool created = false;
    LogCapture() {
        if (Assimp::DefaultLogger::isNullLogger()) {
            Assimp::DefaultLogger::create("", Assimp::Logger::NORMAL, 0);
            created = true;
        }
        Assimp::DefaultLogger::get()->attachStream(&collector, kSeverity);
    }
    ~LogCapture() {
        Assimp::DefaultLogger::get()->detachStream(&collector, kSeverity);
        if (created) Assimp::DefaultLogger::kill();
    }
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;
};

}  // namespace

LoadResult load_gltf(const std::filesystem::path& path) {
    LoadResult result;
    const std::string file_name = path.string();
    if (const std::string problem = gltf_precheck(path); !problem.empty()) {
        result.error = file_name + ": " + problem;
        return result;
    }
    try {
        const std::lock_guard lock(assimpLogMutex());
        LogCapture log;
        Assimp::Importer importer;
        // Points and lines are dropped by SortByPType: the renderer draws triangles only.
        importer.SetPropertyInteger(AI_CONFIG_PP_SBP_REMOVE, aiPrimitiveType_POINT | aiPrimitiveType_LINE);
        // FlipUVs undoes Assimp's flip to OpenGL's bottom-left origin: glTF and Vulkan agree (top-left).
        const unsigned flags = aiProcess_Triangulate | aiProcess_GenSmoothNormals | aiProcess_SortByPType |
                               aiProcess_ValidateDataStructure | aiProcess_FlipUVs;
        const aiScene* ai = importer.ReadFile(file_name, flags);
        for (const std::string& line : log.collector.lines) result.warnings.push_back(file_name + ": " + line);
        if (ai == nullptr) {
            result.error = file_name + ": " + oneLine(importer.GetErrorString());
            std::erase(result.warnings, file_name + ": Assimp: " + oneLine(importer.GetErrorString()));
            return result;
        }
        Context ctx;
        ctx.ai = ai;
        ctx.file = std::filesystem::absolute(path);
        ctx.file_name = file_name;
        ctx.result = &result;
        const std::size_t first_own_warning = result.warnings.size();
        convert(ctx, result.scene);
        if (result.scene.meshes.empty() && ai->mNumMeshes > 0) {
            // Name the first reason: "no usable meshes" alone would send the author hunting.
            const std::string prefix = file_name + ": ";
            std::string why = result.warnings.size() > first_own_warning ? result.warnings[first_own_warning]
                                                                         : std::string("all were skipped");
            if (why.rfind(prefix, 0) == 0) why.erase(0, prefix.size());
            result.error = prefix + "no usable meshes: " + why;
            result.scene = {};
        }
    } catch (const std::exception& e) {
        result.error = file_name + ": " + oneLine(e.what());
        result.scene = {};
    }
    return result;
}

}  // namespace perfuse
