#pragma once
// The supervisor's report of an Assess run: one self-contained HTML file (no scripts, no outside
// files) with the score, every step, errors (safety-critical ones first and marked), crises and
// how they were handled, and the trends as inline SVG plots. The Assessment it was made from is
// embedded as JSON, so tools (and our tests) can read a report back exactly.
#include <filesystem>
#include <string>

#include "modes/assessment.h"
#include "modes/mode_text.h"

namespace perfuse::modes {

std::string assessment_html(const Assessment& assessment, const ModeText& text);

// Writes FOLDER/NAME.html atomically (NAME from the procedure and date, made file-safe).
// Returns the path written, or throws std::runtime_error with one line naming the file.
std::filesystem::path write_assessment_report(const std::filesystem::path& folder, const Assessment& assessment,
                                              const ModeText& text);

// Reads the embedded Assessment back from a report's HTML; throws std::runtime_error (one line) when
// the report has none or it is broken.
Assessment read_assessment_report(const std::string& html);

}  // namespace perfuse::modes
