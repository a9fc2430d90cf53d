#pragma once
// Text made safe to put inside HTML or SVG (& < > " ').
#include <string>

namespace perfuse::modes {

std::string html_escape(const std::string& text);

}  // namespace perfuse::modes
