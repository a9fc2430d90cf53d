#include <vector>

#include <gtest/gtest.h>

#include "app/app_options.h"
#include "app/app_renderer.h"

namespace perfuse {

namespace {
ParseResult parse(std::vector<const char*> args) {
    args.insert(args.begin(), "perfuse");
    return parse_command_line(int(args.size()), const_cast<char**>(args.data()));
}
}  // namespace

TEST(CommandLine, DefaultsStartTheDesktopTheatreInExplore) {
    const ParseResult r = parse({});
    EXPECT_EQ(r.exit_code, -1);
    EXPECT_EQ(r.options.scene, "theatre");
    EXPECT_EQ(r.options.mode, "explore");
    EXPECT_FALSE(r.options.headless);
    EXPECT_EQ(r.options.width, 1280);
    EXPECT_EQ(r.options.height, 720);
}

TEST(CommandLine, HeadlessScreenshotSizeAndStrictValidation) {
    const ParseResult r = parse({"--headless", "--frames", "5", "--screenshot", "x.png", "--size", "640x480",
                                 "--strict-validation", "--msaa", "2"});
    EXPECT_EQ(r.exit_code, -1);
    EXPECT_TRUE(r.options.headless);
    EXPECT_EQ(r.options.frames, 5);
    EXPECT_EQ(r.options.width, 640);
    EXPECT_EQ(r.options.height, 480);
    EXPECT_TRUE(r.options.validation);  // strict implies the layer
    EXPECT_EQ(r.options.msaa, 2);
}

TEST(CommandLine, HeadlessWithoutFramesRendersOne) {
    EXPECT_EQ(parse({"--headless"}).options.frames, 1);
}

TEST(CommandLine, BadValuesExitWithCode2) {
    EXPECT_EQ(parse({"--size", "99999x10"}).exit_code, 2);
    EXPECT_EQ(parse({"--msaa", "3"}).exit_code, 2);
    EXPECT_EQ(parse({"--frames", "0"}).exit_code, 2);
    EXPECT_EQ(parse({"--mode", "party"}).exit_code, 2);
    EXPECT_EQ(parse({"--text-scale", "10"}).exit_code, 2);
}

TEST(ValidationExit, StrictRunsFailOnAnyMessageOthersDoNot) {
    ValidationLog log;
    AppOptions strict;
    strict.strict_validation = true;
    AppOptions relaxed;
    EXPECT_EQ(validation_exit_code(strict, log), 0);
    log.record(ValidationLog::Severity::warning, "something odd");
    EXPECT_EQ(validation_exit_code(strict, log), 3);
    EXPECT_EQ(validation_exit_code(relaxed, log), 0);
}

}  // namespace perfuse
