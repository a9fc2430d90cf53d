#pragma once
// What changes each frame apart from the camera: the flow model, the running procedure, the mode,
// sound. Every run (window, headless, VR) calls update_app once per frame before the UI is drawn,
// with that frame's time step (fixed in headless runs, so they stay deterministic).
namespace perfuse {

struct AppRenderer;

void update_app(AppRenderer& r, float dt_s);

}  // namespace perfuse
