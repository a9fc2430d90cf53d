#pragma once
// A picture the size of a window, in memory the X server shares with us (the MIT-SHM extension):
// pixels written into it reach the window with one request, without the server reading them
// through its socket. Mesa 22.3's software Vulkan driver presents through that socket
// (xcb_put_image): on a 2-core test machine a 1280x720 window cost about as much CPU as drawing
// the frame (README "Benchmarks"). The pixels are 32-bit little-endian B, G, R, unused.
#include <cstdint>
#include <memory>
#include <string>

struct GLFWwindow;

namespace perfuse {

class X11ShmImage {
public:
    // Null, with WHY_NOT saying why in one line, when WINDOW is not on X11, the server lacks MIT-SHM
    // or refuses to attach (a remote display), or the window's visual is not 24-bit BGRX.
    static std::unique_ptr<X11ShmImage> create(GLFWwindow* window, uint32_t width, uint32_t height,
                                               std::string& why_not);
    ~X11ShmImage();
    X11ShmImage(const X11ShmImage&) = delete;
    X11ShmImage& operator=(const X11ShmImage&) = delete;

    uint8_t* pixels();
    uint32_t stride_bytes() const;
    uint32_t width() const;
    uint32_t height() const;
    // Puts the whole picture onto the window at its top-left corner and waits until the server has
    // copied it, so the pixels may be overwritten as soon as this returns.
    void put();

    struct Parts;  // Xlib objects, kept out of this header (Xlib's macros clash with everyday names)

private:
    explicit X11ShmImage(std::unique_ptr<Parts> parts);
    std::unique_ptr<Parts> parts_;
};

}  // namespace perfuse
