// Numbers in messages: the console panel and the workbench's refusals write them the same way.
#include <gtest/gtest.h>

#include <limits>

#include "common/plain_number.h"

namespace perfuse {
namespace {

TEST(PlainNumber, WholeNumbersHaveNoPoint) {
    EXPECT_EQ(plain_number(0.0), "0");
    EXPECT_EQ(plain_number(8.0), "8");
    EXPECT_EQ(plain_number(300.0), "300");
    EXPECT_EQ(plain_number(5000.0), "5000");  // not 5e+03
    EXPECT_EQ(plain_number(1000000.0), "1000000");
}

TEST(PlainNumber, DecimalsLoseTheirTrailingZeros) {
    EXPECT_EQ(plain_number(0.21), "0.21");
    EXPECT_EQ(plain_number(4.5), "4.5");
    EXPECT_EQ(plain_number(-2.5), "-2.5");
}

TEST(PlainNumber, RoundsToTwoDecimals) {
    EXPECT_EQ(plain_number(0.333333), "0.33");
    EXPECT_EQ(plain_number(4.499), "4.5");
    EXPECT_EQ(plain_number(7.996), "8");
}

TEST(PlainNumber, NeverMinusZero) {
    EXPECT_EQ(plain_number(-0.0), "0");
    EXPECT_EQ(plain_number(-0.001), "0");
}

TEST(PlainNumber, NotANumberIsNotTrimmed) {
    EXPECT_EQ(plain_number(std::numeric_limits<double>::infinity()), "inf");
    EXPECT_NE(plain_number(std::numeric_limits<double>::quiet_NaN()).find("nan"), std::string::npos);
}

}  // namespace
}  // namespace perfuse
