#include "platform/x11_shm_image.h"

#include <sys/ipc.h>
#include <sys/shm.h>

#define GLFW_EXPOSE_NATIVE_X11
#include <GLFW/glfw3.h>
#include <GLFW/glfw3native.h>
#include <X11/Xutil.h>
#include <X11/extensions/XShm.h>

namespace perfuse {

struct X11ShmImage::Parts {
    Display* display = nullptr;
    ::Window window = 0;
    GC gc = nullptr;
    XImage* image = nullptr;
    XShmSegmentInfo segment{};
    bool attached = false;

    ~Parts() {
        if (attached) {
            XShmDetach(display, &segment);
            XSync(display, False);
        }
        if (image) {
            image->data = nullptr;  // the shared segment, not Xlib's to free
            XDestroyImage(image);
        }
        if (segment.shmaddr) shmdt(segment.shmaddr);
        if (gc) XFreeGC(display, gc);
    }
};

namespace {
// XShmAttach fails asynchronously (BadAccess from a server on another machine); Xlib's default
// handler would end the process, so attaching catches errors with this one for a moment.
bool g_attach_failed = false;
int note_attach_error(Display*, XErrorEvent*) {
    g_attach_failed = true;
    return 0;
}

// One line on why the window's visual cannot take the BGRX pixels the renderer writes, or empty.
std::string visual_problem(const XWindowAttributes& attributes) {
    const Visual* visual = attributes.visual;
    if (attributes.depth != 24 || visual->red_mask != 0xff0000 || visual->green_mask != 0xff00 ||
        visual->blue_mask != 0xff)
        return "the window's visual is not 24-bit BGRX (depth " + std::to_string(attributes.depth) + ")";
    return "";
}
}  // namespace

std::unique_ptr<X11ShmImage> X11ShmImage::create(GLFWwindow* window, uint32_t width, uint32_t height,
                                                 std::string& why_not) {
    auto parts = std::make_unique<Parts>();
    parts->display = glfwGetX11Display();
    parts->window = parts->display ? glfwGetX11Window(window) : 0;
    if (!parts->display || !parts->window) {
        why_not = "the window is not on an X11 display";
        return nullptr;
    }
    if (!XShmQueryExtension(parts->display)) {
        why_not = "the X server has no MIT-SHM extension";
        return nullptr;
    }
    XWindowAttributes attributes{};
    if (!XGetWindowAttributes(parts->display, parts->window, &attributes)) {
        why_not = "the window's attributes could not be read";
        return nullptr;
    }
    if (why_not = visual_problem(attributes); !why_not.empty()) return nullptr;
    parts->image = XShmCreateImage(parts->display, attributes.visual, uint32_t(attributes.depth), ZPixmap, nullptr,
                                   &parts->segment, width, height);
    if (!parts->image || parts->image->bits_per_pixel != 32 || parts->image->byte_order != LSBFirst) {
        why_not = "the X server's images are not 32-bit little-endian";
        return nullptr;
    }
    const std::size_t bytes = std::size_t(parts->image->bytes_per_line) * height;
    parts->segment.shmid = shmget(IPC_PRIVATE, bytes, IPC_CREAT | 0600);
    if (parts->segment.shmid < 0) {
        why_not = "no shared memory segment of " + std::to_string(bytes) + " bytes";
        return nullptr;
    }
    void* address = shmat(parts->segment.shmid, nullptr, 0);
    // Marked for removal now: the segment lasts while attached, and never outlives the process.
    shmctl(parts->segment.shmid, IPC_RMID, nullptr);
    if (address == reinterpret_cast<void*>(-1)) {
        why_not = "the shared memory segment could not be mapped";
        return nullptr;
    }
    parts->segment.shmaddr = parts->image->data = static_cast<char*>(address);
    parts->segment.readOnly = False;
    g_attach_failed = false;
    XErrorHandler previous = XSetErrorHandler(note_attach_error);
    const Bool sent = XShmAttach(parts->display, &parts->segment);
    XSync(parts->display, False);
    XSetErrorHandler(previous);
    if (!sent || g_attach_failed) {
        why_not = "the X server cannot share memory with this program (a remote display?)";
        return nullptr;
    }
    parts->attached = true;
    parts->gc = XCreateGC(parts->display, parts->window, 0, nullptr);
    return std::unique_ptr<X11ShmImage>(new X11ShmImage(std::move(parts)));
}

X11ShmImage::X11ShmImage(std::unique_ptr<Parts> parts) : parts_(std::move(parts)) {}
X11ShmImage::~X11ShmImage() = default;

uint8_t* X11ShmImage::pixels() { return reinterpret_cast<uint8_t*>(parts_->image->data); }
uint32_t X11ShmImage::stride_bytes() const { return uint32_t(parts_->image->bytes_per_line); }
uint32_t X11ShmImage::width() const { return uint32_t(parts_->image->width); }
uint32_t X11ShmImage::height() const { return uint32_t(parts_->image->height); }

void X11ShmImage::put() {
    XShmPutImage(parts_->display, parts_->window, parts_->gc, parts_->image, 0, 0, 0, 0, width(), height(), False);
    XSync(parts_->display, False);
}

}  // namespace perfuse
