#pragma once
// Named layout changes for a colour image moving between being drawn into and being copied (a blit, a
// readback), so each use says what it does instead of spelling out its stages and accesses. Use with
// transition_image (gpu/image.h).
#include "gpu/image.h"

namespace perfuse::image_transitions {

// Old contents dropped, then drawn into (a frame's first pass).
inline constexpr LayoutChange discard_to_attachment{
    .from = VK_IMAGE_LAYOUT_UNDEFINED,
    .to = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL,
    .src_stage = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
    .src_access = 0,
    .dst_stage = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
    .dst_access = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT};

// Old contents dropped, then written by a copy or blit.
inline constexpr LayoutChange discard_to_transfer_dst{
    .from = VK_IMAGE_LAYOUT_UNDEFINED,
    .to = VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL,
    .src_stage = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
    .src_access = 0,
    .dst_stage = VK_PIPELINE_STAGE_TRANSFER_BIT,
    .dst_access = VK_ACCESS_TRANSFER_WRITE_BIT};

// What was drawn, then read by a copy or blit.
inline constexpr LayoutChange attachment_to_transfer_src{
    .from = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL,
    .to = VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL,
    .src_stage = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
    .src_access = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT,
    .dst_stage = VK_PIPELINE_STAGE_TRANSFER_BIT,
    .dst_access = VK_ACCESS_TRANSFER_READ_BIT};

// Read by a copy, then drawn into again (only the write waits: a read leaves nothing to make visible).
inline constexpr LayoutChange transfer_src_to_attachment{
    .from = VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL,
    .to = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL,
    .src_stage = VK_PIPELINE_STAGE_TRANSFER_BIT,
    .src_access = 0,
    .dst_stage = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
    .dst_access = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT};

// Written by a copy or blit, then drawn over (a pass that loads it: read and write).
inline constexpr LayoutChange transfer_dst_to_attachment{
    .from = VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL,
    .to = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL,
    .src_stage = VK_PIPELINE_STAGE_TRANSFER_BIT,
    .src_access = VK_ACCESS_TRANSFER_WRITE_BIT,
    .dst_stage = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
    .dst_access = VK_ACCESS_COLOR_ATTACHMENT_READ_BIT | VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT};

// What was drawn, then shown (presented).
inline constexpr LayoutChange attachment_to_present{
    .from = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL,
    .to = VK_IMAGE_LAYOUT_PRESENT_SRC_KHR,
    .src_stage = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
    .src_access = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT,
    .dst_stage = VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT,
    .dst_access = 0};

}  // namespace perfuse::image_transitions
