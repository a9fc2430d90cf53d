#include "scene.h"

#include <algorithm>

namespace perfuse::world {
namespace {
template <typename T>
const T* find_by_id(const std::vector<T>& list, const std::string& id) {
    const auto it = std::find_if(list.begin(), list.end(), [&](const T& x) { return x.id == id; });
    return it == list.end() ? nullptr : &*it;
}
}  // namespace

const Item* Scene::find_item(const std::string& id) const { return find_by_id(items, id); }
const StartPoint* Scene::find_start(const std::string& id) const { return find_by_id(start_points, id); }
const CameraView* Scene::find_camera(const std::string& id) const { return find_by_id(cameras, id); }

}  // namespace perfuse::world
