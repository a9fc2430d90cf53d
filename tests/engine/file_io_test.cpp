#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "platform/file_io.h"

namespace perfuse {

namespace {
std::filesystem::path scratch(const char* name) {
    const auto dir = std::filesystem::temp_directory_path() / "perfuse_file_io_test";
    std::filesystem::create_directories(dir);
    return dir / name;
}
}  // namespace

TEST(FileIo, MissingFileErrorNamesTheFile) {
    const FileBytes result = read_file("/nonexistent/perfuse/thing.bin");
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(result.error, "/nonexistent/perfuse/thing.bin: file not found");
}

TEST(FileIo, AtomicWriteReplacesContentAndLeavesNoTempFile) {
    const auto path = scratch("atomic.txt");
    ASSERT_EQ(write_file_atomic(path, "first", 5), "");
    ASSERT_EQ(write_file_atomic(path, "second!", 7), "");
    const FileBytes back = read_file(path);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(std::string(back.bytes.begin(), back.bytes.end()), "second!");
    EXPECT_FALSE(std::filesystem::exists(atomic_temp_path(path)));
}

TEST(FileIo, AtomicWriteIntoMissingFolderFailsWithPath) {
    const std::string error = write_file_atomic("/nonexistent/perfuse/out.txt", "x", 1);
    EXPECT_NE(error.find("/nonexistent/perfuse/out.txt: "), std::string::npos) << error;
}

TEST(FileIo, CheckWritableRejectsMissingFolderAndFolders) {
    EXPECT_EQ(check_writable("/nonexistent/perfuse/shot.png"), "/nonexistent/perfuse/shot.png: its folder does not exist");
    const auto dir = scratch("a_folder");
    std::filesystem::create_directories(dir);
    EXPECT_EQ(check_writable(dir), dir.string() + ": is a folder, not a file");
    EXPECT_EQ(check_writable(scratch("fine.png")), "");
}

}  // namespace perfuse
